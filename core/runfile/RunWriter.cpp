#include "core/runfile/RunWriter.h"

#include "core/Error.h"
#include "core/runfile/H5Handle.h"

#include <hdf5.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <set>

namespace ts {

using h5::Handle;
using h5::Kind;

namespace {

constexpr int64_t kFormatVersion = 2;
constexpr const char* kFormatName = "trainscope-run";
constexpr std::size_t kStatusMessageBytes = 1024;
// Rows per chunk of the 1-D growing datasets (steps, metric values): 8 KiB chunks.
constexpr hsize_t kSeriesChunk = 1024;
// HDF5 limits one chunk to 4 GiB; a checkpoint chunk is one whole parameter.
constexpr int64_t kMaxChunkBytes = (int64_t(1) << 32) - 1;
constexpr hsize_t kPageSize = 4096;

std::string isoUtcNow()
{
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// Names that become HDF5 link names must be single path components.
void checkLinkName(const std::string& kind, const std::string& name)
{
    if (name.empty())
        throw ConfigError(kind + " name is empty");
    if (name.find('/') != std::string::npos)
        throw ConfigError(kind + " name '" + name + "' contains '/', which the run file cannot store");
    if (name == "." || name == "..")
        throw ConfigError(kind + " name '" + name + "' is not allowed");
}

void checkUnique(const std::string& kind, const std::vector<std::string>& names)
{
    std::set<std::string> seen;
    for (const std::string& n : names)
        if (!seen.insert(n).second)
            throw ConfigError("duplicate " + kind + " name '" + n + "'");
}

// Keys become attribute names next to the reserved order attribute "keys".
void checkKeys(const std::string& kind, const KeyValues& kv)
{
    std::vector<std::string> keys;
    for (const auto& [k, v] : kv) {
        if (k.empty())
            throw ConfigError(kind + " key is empty");
        if (k == "keys")
            throw ConfigError(kind + " key 'keys' is reserved by the run file format");
        keys.push_back(k);
    }
    checkUnique(kind + " key", keys);
}

void checkArray(const std::string& what, const HostArray& a)
{
    if (a.shape.empty())
        throw ConfigError(what + " must have at least one dimension");
    int64_t n = 1;
    for (int64_t d : a.shape) {
        if (d < 0)
            throw ConfigError(what + " has a negative dimension: " + shapeToString(a.shape));
        n *= d;
    }
    if (a.bytes.size() != static_cast<std::size_t>(n) * dtypeSize(a.dtype))
        throw ConfigError(what + " holds " + std::to_string(a.bytes.size()) + " bytes, but shape " +
                          shapeToString(a.shape) + " of " + dtypeName(a.dtype) + " needs " +
                          std::to_string(static_cast<std::size_t>(n) * dtypeSize(a.dtype)));
}

void validateHeader(const RunHeader& h)
{
    checkKeys("config", h.config);
    checkKeys("model spec", h.modelSpec);

    std::vector<std::string> names;
    for (const ParamInfo& p : h.params) {
        checkLinkName("parameter", p.name);
        int64_t n = 1;
        for (int64_t d : p.shape) {
            if (d <= 0)
                throw ConfigError("parameter '" + p.name + "' has shape " + shapeToString(p.shape) +
                                  "; every dimension must be positive");
            n *= d;
            if (n * 4 > kMaxChunkBytes)
                throw ConfigError("parameter '" + p.name + "' is larger than 4 GiB");
        }
        names.push_back(p.name);
    }
    checkUnique("parameter", names);

    names.clear();
    for (const BufferInfo& b : h.buffers) {
        checkLinkName("buffer", b.name);
        if (b.dtype == DType::Float64)
            throw ConfigError("buffer '" + b.name + "' is float64; buffers are stored as float32 or int64");
        for (int64_t d : b.shape)
            if (d <= 0)
                throw ConfigError("buffer '" + b.name + "' has shape " + shapeToString(b.shape) +
                                  "; every dimension must be positive");
        if (b.numel() * 8 > kMaxChunkBytes)
            throw ConfigError("buffer '" + b.name + "' is larger than 4 GiB");
        names.push_back(b.name);
    }
    checkUnique("buffer", names);

    names.clear();
    for (const SplitData& s : h.splits) {
        checkLinkName("split", s.name);
        checkArray("split '" + s.name + "' inputs", s.inputs);
        checkArray("split '" + s.name + "' targets", s.targets);
        if (s.inputs.shape[0] != s.targets.shape[0])
            throw ConfigError("split '" + s.name + "' has " + std::to_string(s.inputs.shape[0]) +
                              " inputs but " + std::to_string(s.targets.shape[0]) + " targets");
        names.push_back(s.name);
    }
    checkUnique("split", names);

    for (const std::string& m : h.metricNames)
        checkLinkName("metric", m);
    checkUnique("metric", h.metricNames);

    const RoutingShape& r = h.routing;
    if (!r.empty()) {
        if (r.samples < 0 || r.layers < 0 || r.experts < 0)
            throw ConfigError("routing shape has a negative dimension");
        if (r.samples * r.layers * r.experts * 4 > kMaxChunkBytes)
            throw ConfigError("routing record is larger than 4 GiB");
    }
}

hid_t fileType(DType t)
{
    switch (t) {
    case DType::Float32: return H5T_IEEE_F32LE;
    case DType::Float64: return H5T_IEEE_F64LE;
    case DType::Int64: return H5T_STD_I64LE;
    }
    return H5T_STD_I64LE;
}

hid_t memType(DType t)
{
    switch (t) {
    case DType::Float32: return H5T_NATIVE_FLOAT;
    case DType::Float64: return H5T_NATIVE_DOUBLE;
    case DType::Int64: return H5T_NATIVE_INT64;
    }
    return H5T_NATIVE_INT64;
}

// A dataset that grows along its first axis, one row per append.
struct Growing {
    Handle ds;
    std::string name;          // full path, for messages
    std::vector<hsize_t> tail; // shape of one row (empty for 1-D series)
};

} // namespace

struct RunWriter::Impl {
    std::string path;
    Handle file;

    std::vector<Growing> metricStep, metricValue;
    int64_t metricRows = 0;

    Growing ckptStep;
    std::vector<Growing> params;
    std::vector<Growing> buffers;
    std::vector<DType> bufferTypes;
    int64_t checkpoints = 0;

    bool routing = false;
    Growing routingStep, routingWeights;
    int64_t routingRows = 0;

    Handle statusCode, statusMessage, statusLastStep;

    [[noreturn]] void fail(const std::string& what) const { h5::fail(path, what); }
    void check(herr_t st, const std::string& what) const { h5::check(st, path, what); }
    Handle own(hid_t id, Kind kind, const std::string& what) const { return h5::own(id, kind, path, what); }

    Handle createGroup(hid_t parent, const std::string& name, const std::string& full)
    {
        return own(H5Gcreate2(parent, name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                   Kind::Group, "cannot create group " + full);
    }

    void writeKeyValues(hid_t group, const KeyValues& kv, const std::string& full)
    {
        std::vector<std::string> keys;
        for (const auto& [k, v] : kv) {
            h5::writeStringAttribute(group, k, v, path, full);
            keys.push_back(k);
        }
        h5::writeStringArrayAttribute(group, "keys", keys, path, full);
    }

    // A fixed-size dataset written once, before SWMR starts.
    void writeArray(hid_t parent, const std::string& name, const std::string& full, const HostArray& a)
    {
        const std::string what = "cannot write " + full;
        std::vector<hsize_t> dims(a.shape.begin(), a.shape.end());
        Handle space = own(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr),
                           Kind::Dataspace, what);
        Handle ds = own(H5Dcreate2(parent, name.c_str(), fileType(a.dtype), space.get(), H5P_DEFAULT,
                                   H5P_DEFAULT, H5P_DEFAULT),
                        Kind::Dataset, what);
        if (!a.bytes.empty())
            check(H5Dwrite(ds.get(), memType(a.dtype), H5S_ALL, H5S_ALL, H5P_DEFAULT, a.bytes.data()), what);
    }

    // A uint8 [n] dataset holding a file's bytes (the TorchScript model).
    void writeBytes(hid_t parent, const std::string& name, const std::string& full, const std::vector<unsigned char>& b)
    {
        const std::string what = "cannot write " + full;
        const hsize_t n = b.size();
        Handle space = own(H5Screate_simple(1, &n, nullptr), Kind::Dataspace, what);
        Handle ds = own(H5Dcreate2(parent, name.c_str(), H5T_STD_U8LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                        Kind::Dataset, what);
        check(H5Dwrite(ds.get(), H5T_NATIVE_UCHAR, H5S_ALL, H5S_ALL, H5P_DEFAULT, b.data()), what);
    }

    // An empty dataset [0, *tail] that can grow along axis 0, one row per chunk unless
    // `chunkRows` says otherwise.
    Growing createGrowing(hid_t parent, const std::string& name, const std::string& full, hid_t type,
                          const std::vector<int64_t>& tail, hsize_t chunkRows)
    {
        const std::string what = "cannot create dataset " + full;
        Growing g;
        g.name = full;
        g.tail.assign(tail.begin(), tail.end());
        std::vector<hsize_t> dims{0}, maxdims{H5S_UNLIMITED}, chunk{chunkRows};
        for (hsize_t d : g.tail) {
            dims.push_back(d);
            maxdims.push_back(d);
            chunk.push_back(d);
        }
        const int rank = static_cast<int>(dims.size());
        Handle space = own(H5Screate_simple(rank, dims.data(), maxdims.data()), Kind::Dataspace, what);
        Handle dcpl = own(H5Pcreate(H5P_DATASET_CREATE), Kind::PropList, what);
        check(H5Pset_chunk(dcpl.get(), rank, chunk.data()), what);
        g.ds = own(H5Dcreate2(parent, name.c_str(), type, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
                   Kind::Dataset, what);
        return g;
    }

    // A scalar dataset with its storage allocated now, so later writes only change raw data
    // (SWMR forbids creating objects, and in-place writes need no new metadata).
    Handle createScalar(hid_t parent, const std::string& name, const std::string& full, hid_t type,
                        hid_t mem, const void* initial)
    {
        const std::string what = "cannot create dataset " + full;
        Handle space = own(H5Screate(H5S_SCALAR), Kind::Dataspace, what);
        Handle dcpl = own(H5Pcreate(H5P_DATASET_CREATE), Kind::PropList, what);
        check(H5Pset_layout(dcpl.get(), H5D_CONTIGUOUS), what);
        check(H5Pset_alloc_time(dcpl.get(), H5D_ALLOC_TIME_EARLY), what);
        Handle ds = own(H5Dcreate2(parent, name.c_str(), type, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
                        Kind::Dataset, what);
        check(H5Dwrite(ds.get(), mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, initial), what);
        return ds;
    }

    Handle messageType()
    {
        Handle t = own(H5Tcopy(H5T_C_S1), Kind::Datatype, "cannot create the status message type");
        check(H5Tset_size(t.get(), kStatusMessageBytes), "cannot create the status message type");
        check(H5Tset_strpad(t.get(), H5T_STR_NULLPAD), "cannot create the status message type");
        check(H5Tset_cset(t.get(), H5T_CSET_UTF8), "cannot create the status message type");
        return t;
    }

    // Writes row `row` of g (growing it to row+1 rows if needed) and flushes it. Writing at
    // an absolute row makes a retry after a failed append overwrite, not skip, the row.
    void writeRow(Growing& g, int64_t row, hid_t mem, const void* data)
    {
        const std::string what = "cannot append to " + g.name;
        std::vector<hsize_t> dims{static_cast<hsize_t>(row) + 1}, start{static_cast<hsize_t>(row)}, count{1};
        for (hsize_t d : g.tail) {
            dims.push_back(d);
            start.push_back(0);
            count.push_back(d);
        }
        const int rank = static_cast<int>(dims.size());
        check(H5Dset_extent(g.ds.get(), dims.data()), what);
        Handle fspace = own(H5Dget_space(g.ds.get()), Kind::Dataspace, what);
        check(H5Sselect_hyperslab(fspace.get(), H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr), what);
        Handle mspace = own(H5Screate_simple(rank, count.data(), nullptr), Kind::Dataspace, what);
        check(H5Dwrite(g.ds.get(), mem, mspace.get(), fspace.get(), H5P_DEFAULT, data), what);
        check(H5Dflush(g.ds.get()), what);
    }

    void writeScalar(Handle& ds, hid_t mem, const void* data, const std::string& full)
    {
        check(H5Dwrite(ds.get(), mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, data), "cannot write " + full);
        check(H5Dflush(ds.get()), "cannot flush " + full);
    }

    void setLastStep(int64_t step) { writeScalar(statusLastStep, H5T_NATIVE_INT64, &step, "/status/last_step"); }

    void requireOpen() const
    {
        if (!file.valid())
            throw Error(path + ": the run file is closed");
    }

    void create(const RunHeader& h);
};

void RunWriter::Impl::create(const RunHeader& h)
{
    Handle fapl = own(H5Pcreate(H5P_FILE_ACCESS), Kind::PropList, "cannot create");
    // The latest format is what SWMR needs; it also checksums all metadata, which is what
    // lets readers reject damaged files instead of misreading them.
    check(H5Pset_libver_bounds(fapl.get(), H5F_LIBVER_LATEST, H5F_LIBVER_LATEST), "cannot create");
    // Lock where possible, but still work on file systems without flock (some NFS setups).
    check(H5Pset_file_locking(fapl.get(), true, true), "cannot create");
    // No chunk cache: every append is flushed at once anyway, so a cache would only hold a
    // copy of the latest row of every parameter (the model's size again) and make each series
    // append rewrite its whole 8 KiB chunk instead of one value. Set file-wide, because
    // H5Fstart_swmr_write reopens the open datasets with default access properties.
    check(H5Pset_cache(fapl.get(), 0 /*unused*/, 521 /*default slots*/, 0 /*bytes*/, 0.75), "cannot create");
    // Paged allocation keeps every metadata block under 4 KiB inside one 4 KiB page. Linux can
    // stop a write killed by SIGKILL between pages; HDF5 rewrites chunk-index blocks in place
    // on each append, and a torn one would make long-committed checkpoints unreadable.
    Handle fcpl = own(H5Pcreate(H5P_FILE_CREATE), Kind::PropList, "cannot create");
    check(H5Pset_file_space_strategy(fcpl.get(), H5F_FSPACE_STRATEGY_PAGE, false, 1), "cannot create");
    check(H5Pset_file_space_page_size(fcpl.get(), kPageSize), "cannot create");
    file = own(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, fcpl.get(), fapl.get()), Kind::File,
               "cannot create the run file");
    const hid_t f = file.get();

    {
        Handle root = own(H5Gopen2(f, "/", H5P_DEFAULT), Kind::Group, "cannot open /");
        h5::writeStringAttribute(root.get(), "format", kFormatName, path, "/");
        h5::writeInt64Attribute(root.get(), "format_version", kFormatVersion, path, "/");
        h5::writeStringAttribute(root.get(), "creator", h.creator, path, "/");
        h5::writeStringAttribute(root.get(), "created", isoUtcNow(), path, "/");
    }
    {
        Handle config = createGroup(f, "config", "/config");
        writeKeyValues(config.get(), h.config, "/config");
    }
    {
        Handle model = createGroup(f, "model", "/model");
        h5::writeStringAttribute(model.get(), "arch", h.modelArch, path, "/model");
        Handle spec = createGroup(model.get(), "spec", "/model/spec");
        writeKeyValues(spec.get(), h.modelSpec, "/model/spec");

        std::vector<std::string> names;
        for (const ParamInfo& p : h.params)
            names.push_back(p.name);
        h5::writeStringArrayDataset(model.get(), "param_names", names, path, "/model/param_names");
        names.clear();
        for (const BufferInfo& b : h.buffers)
            names.push_back(b.name);
        h5::writeStringArrayDataset(model.get(), "buffer_names", names, path, "/model/buffer_names");
        if (!h.modelScript.empty())
            writeBytes(model.get(), "torchscript", "/model/torchscript", h.modelScript);
    }
    {
        Handle data = createGroup(f, "data", "/data");
        h5::writeStringAttribute(data.get(), "loss", h.lossKind, path, "/data");
        std::vector<std::string> splitNames;
        for (const SplitData& s : h.splits) {
            const std::string full = "/data/" + s.name;
            Handle g = createGroup(data.get(), s.name, full);
            writeArray(g.get(), "inputs", full + "/inputs", s.inputs);
            writeArray(g.get(), "targets", full + "/targets", s.targets);
            splitNames.push_back(s.name);
        }
        h5::writeStringArrayAttribute(data.get(), "splits", splitNames, path, "/data");
    }
    {
        Handle metrics = createGroup(f, "metrics", "/metrics");
        h5::writeStringArrayAttribute(metrics.get(), "names", h.metricNames, path, "/metrics");
        for (const std::string& m : h.metricNames) {
            const std::string full = "/metrics/" + m;
            Handle g = createGroup(metrics.get(), m, full);
            metricStep.push_back(createGrowing(g.get(), "step", full + "/step", H5T_STD_I64LE, {}, kSeriesChunk));
            metricValue.push_back(createGrowing(g.get(), "value", full + "/value", H5T_IEEE_F64LE, {}, kSeriesChunk));
        }
    }
    {
        Handle ck = createGroup(f, "checkpoints", "/checkpoints");
        ckptStep = createGrowing(ck.get(), "step", "/checkpoints/step", H5T_STD_I64LE, {}, kSeriesChunk);
        Handle pg = createGroup(ck.get(), "params", "/checkpoints/params");
        for (const ParamInfo& p : h.params)
            params.push_back(createGrowing(pg.get(), p.name, "/checkpoints/params/" + p.name,
                                           H5T_IEEE_F32LE, p.shape, 1));
        Handle bg = createGroup(ck.get(), "buffers", "/checkpoints/buffers");
        for (const BufferInfo& b : h.buffers) {
            const hid_t type = b.dtype == DType::Int64 ? H5T_STD_I64LE : H5T_IEEE_F32LE;
            buffers.push_back(createGrowing(bg.get(), b.name, "/checkpoints/buffers/" + b.name, type, b.shape, 1));
            bufferTypes.push_back(b.dtype);
        }
    }
    if (!h.routing.empty()) {
        routing = true;
        const RoutingShape& r = h.routing;
        Handle rg = createGroup(f, "routing", "/routing");
        routingStep = createGrowing(rg.get(), "step", "/routing/step", H5T_STD_I64LE, {}, kSeriesChunk);
        routingWeights = createGrowing(rg.get(), "weights", "/routing/weights", H5T_IEEE_F32LE,
                                       {r.samples, r.layers, r.experts}, 1);
    }
    {
        Handle st = createGroup(f, "status", "/status");
        const int64_t running = static_cast<int64_t>(RunStatus::Running);
        const int64_t noStep = -1;
        statusCode = createScalar(st.get(), "code", "/status/code", H5T_STD_I64LE, H5T_NATIVE_INT64, &running);
        Handle mt = messageType();
        std::vector<char> empty(kStatusMessageBytes, '\0');
        statusMessage = createScalar(st.get(), "message", "/status/message", mt.get(), mt.get(), empty.data());
        statusLastStep = createScalar(st.get(), "last_step", "/status/last_step", H5T_STD_I64LE,
                                      H5T_NATIVE_INT64, &noStep);
    }

    // From here on no object or attribute may be created; datasets only grow or change in
    // place. Groups and attributes are closed above (SWMR refuses open attributes); the
    // growing datasets stay open.
    check(H5Fstart_swmr_write(f), "cannot switch the run file to SWMR write mode");
}

RunWriter::RunWriter(const std::string& path, const RunHeader& header) : d_(std::make_unique<Impl>())
{
    h5::silenceErrors();
    d_->path = path;
    validateHeader(header); // before touching the file: a bad header leaves no file behind
    d_->create(header);
}

RunWriter::~RunWriter()
{
    try {
        close();
    } catch (...) {
        // Destructors must not throw; a failed close leaves a file readers can still open.
    }
}

void RunWriter::appendMetrics(int64_t step, const std::vector<double>& values)
{
    h5::silenceErrors();
    Impl& d = *d_;
    d.requireOpen();
    if (values.size() != d.metricValue.size())
        throw Error(d.path + ": appendMetrics got " + std::to_string(values.size()) + " values for " +
                    std::to_string(d.metricValue.size()) + " metrics");
    // Value before step, each flushed: a reader (or a killed writer's file) never shows a
    // step whose value is not on disk.
    for (std::size_t i = 0; i < values.size(); ++i) {
        d.writeRow(d.metricValue[i], d.metricRows, H5T_NATIVE_DOUBLE, &values[i]);
        d.writeRow(d.metricStep[i], d.metricRows, H5T_NATIVE_INT64, &step);
    }
    d.setLastStep(step);
    ++d.metricRows;
}

void RunWriter::appendCheckpoint(int64_t step, const std::vector<const float*>& params,
                                 const std::vector<const void*>& buffers)
{
    h5::silenceErrors();
    Impl& d = *d_;
    d.requireOpen();
    if (params.size() != d.params.size())
        throw Error(d.path + ": appendCheckpoint got " + std::to_string(params.size()) + " parameters, the run has " +
                    std::to_string(d.params.size()));
    for (std::size_t i = 0; i < params.size(); ++i)
        if (!params[i])
            throw Error(d.path + ": appendCheckpoint got a null pointer for " + d.params[i].name);
    if (buffers.size() != d.buffers.size())
        throw Error(d.path + ": appendCheckpoint got " + std::to_string(buffers.size()) + " buffers, the run has " +
                    std::to_string(d.buffers.size()));
    for (std::size_t i = 0; i < buffers.size(); ++i)
        if (!buffers[i])
            throw Error(d.path + ": appendCheckpoint got a null pointer for " + d.buffers[i].name);
    // All parameter and buffer rows are written and flushed before /checkpoints/step grows:
    // the step row is the commit mark that makes the checkpoint visible.
    for (std::size_t i = 0; i < params.size(); ++i)
        d.writeRow(d.params[i], d.checkpoints, H5T_NATIVE_FLOAT, params[i]);
    for (std::size_t i = 0; i < buffers.size(); ++i)
        d.writeRow(d.buffers[i], d.checkpoints, d.bufferTypes[i] == DType::Int64 ? H5T_NATIVE_INT64 : H5T_NATIVE_FLOAT,
                   buffers[i]);
    d.writeRow(d.ckptStep, d.checkpoints, H5T_NATIVE_INT64, &step);
    d.setLastStep(step);
    ++d.checkpoints;
}

void RunWriter::appendRouting(int64_t step, const float* weights)
{
    h5::silenceErrors();
    Impl& d = *d_;
    d.requireOpen();
    if (!d.routing)
        throw Error(d.path + ": appendRouting called, but the run header has no routing shape");
    if (!weights)
        throw Error(d.path + ": appendRouting got a null pointer");
    d.writeRow(d.routingWeights, d.routingRows, H5T_NATIVE_FLOAT, weights);
    d.writeRow(d.routingStep, d.routingRows, H5T_NATIVE_INT64, &step);
    ++d.routingRows;
}

void RunWriter::setStatus(RunStatus status, const std::string& message)
{
    h5::silenceErrors();
    Impl& d = *d_;
    d.requireOpen();
    // Truncate to the fixed field, backing off to a UTF-8 character boundary.
    std::size_t len = std::min(message.size(), kStatusMessageBytes);
    if (len < message.size())
        while (len > 0 && (static_cast<unsigned char>(message[len]) & 0xC0) == 0x80)
            --len;
    std::vector<char> buf(kStatusMessageBytes, '\0');
    std::memcpy(buf.data(), message.data(), len);
    Handle mt = d.messageType();
    // Message before code, so a reader that sees "failed" also sees why.
    d.writeScalar(d.statusMessage, mt.get(), buf.data(), "/status/message");
    const int64_t code = static_cast<int64_t>(status);
    d.writeScalar(d.statusCode, H5T_NATIVE_INT64, &code, "/status/code");
}

void RunWriter::close()
{
    h5::silenceErrors();
    Impl& d = *d_;
    if (!d.file.valid())
        return;
    for (auto* v : {&d.metricStep, &d.metricValue, &d.params, &d.buffers})
        for (Growing& g : *v)
            g.ds.reset();
    d.ckptStep.ds.reset();
    d.routingStep.ds.reset();
    d.routingWeights.ds.reset();
    d.statusCode.reset();
    d.statusMessage.reset();
    d.statusLastStep.reset();
    // The file close is where pending metadata is written and the SWMR flags cleared, so its
    // failure is reported.
    if (d.file.close() < 0)
        d.fail("cannot close the run file");
}

bool RunWriter::isOpen() const
{
    return d_->file.valid();
}

const std::string& RunWriter::path() const
{
    return d_->path;
}

int64_t RunWriter::checkpointCount() const
{
    return d_->checkpoints;
}

} // namespace ts
