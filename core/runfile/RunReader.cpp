#include "core/runfile/RunReader.h"

#include "core/Error.h"
#include "core/runfile/H5Handle.h"

#include <hdf5.h>

#include <algorithm>
#include <limits>
#include <set>
#include <sys/stat.h>

namespace ts {

using h5::Handle;
using h5::Kind;

namespace {

constexpr int64_t kSupportedVersion = 2;
constexpr const char* kFormatName = "trainscope-run";
// A SWMR reader re-reads metadata whose checksum fails, in case it caught the writer
// mid-write, sleeping exponentially longer each time. HDF5's default of 100 attempts makes a
// damaged file take minutes to reject; 24 attempts still give a torn read ~20 ms to settle.
constexpr unsigned kSwmrReadAttempts = 24;

std::string typeName(hid_t t)
{
    const std::size_t size = H5Tget_size(t);
    switch (H5Tget_class(t)) {
    case H5T_FLOAT: return "float" + std::to_string(size * 8);
    case H5T_INTEGER:
        return (H5Tget_sign(t) == H5T_SGN_NONE ? "uint" : "int") + std::to_string(size * 8);
    case H5T_STRING: return "string";
    case H5T_COMPOUND: return "compound";
    case H5T_ENUM: return "enum";
    case H5T_ARRAY: return "array";
    case H5T_VLEN: return "vlen";
    case H5T_OPAQUE: return "opaque";
    case H5T_REFERENCE: return "reference";
    case H5T_BITFIELD: return "bitfield";
    case H5T_TIME: return "time";
    default: return "unknown";
    }
}

// The only element types the format uses.
enum class Elem { Float32, Float64, Int64, Other };

Elem elemOf(hid_t t)
{
    const std::size_t size = H5Tget_size(t);
    switch (H5Tget_class(t)) {
    case H5T_FLOAT:
        return size == 4 ? Elem::Float32 : size == 8 ? Elem::Float64 : Elem::Other;
    case H5T_INTEGER:
        return size == 8 && H5Tget_sign(t) == H5T_SGN_2 ? Elem::Int64 : Elem::Other;
    default: return Elem::Other;
    }
}

const char* elemName(Elem e)
{
    switch (e) {
    case Elem::Float32: return "float32";
    case Elem::Float64: return "float64";
    case Elem::Int64: return "int64";
    case Elem::Other: break;
    }
    return "?";
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string s;
    for (const std::string& n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s.empty() ? "none" : s;
}

// An open dataset with what the reader knows about it.
struct Ds {
    Handle h;
    std::string name;           // full path, for messages
    Elem elem = Elem::Other;
    std::vector<int64_t> dims;  // as of the last open/refresh
    int64_t len() const { return dims.empty() ? 0 : dims[0]; }
};

} // namespace

struct RunReader::Impl {
    std::string path;
    Handle file;
    bool swmr = false; // opened in SWMR-read mode (refresh is meaningful)

    int64_t version = 0;
    std::string creator;
    KeyValues config;
    std::string arch;
    KeyValues spec;
    std::vector<ParamInfo> params;
    std::vector<BufferInfo> buffers;
    int64_t parameterCount = 0;
    std::string loss;

    struct Split {
        std::string name;
        Ds inputs, targets;
    };
    std::vector<Split> splits;

    std::vector<std::string> metricNames;
    std::vector<Ds> metricStep, metricValue;

    Ds ckptStep;
    std::vector<Ds> paramSets;
    std::vector<Ds> bufferSets;

    bool routing = false;
    RoutingShape routingShape;
    Ds routingStep, routingWeights;

    Ds statusCode, statusMessage, statusLastStep;

    // --- error helpers -------------------------------------------------------------------
    [[noreturn]] void fail(const std::string& what) const { h5::fail(path, what); }
    void check(herr_t st, const std::string& what) const { h5::check(st, path, what); }
    Handle own(hid_t id, Kind kind, const std::string& what) const { return h5::own(id, kind, path, what); }
    [[noreturn]] void bad(const std::string& what) const { throw FileError(path, what); }

    // --- opening -------------------------------------------------------------------------
    void openFile();
    void load();

    // Opens child `name` of `loc`; a missing link gives "missing group /x".
    Handle openGroup(hid_t loc, const std::string& name, const std::string& full)
    {
        hid_t id = H5Gopen2(loc, name.c_str(), H5P_DEFAULT);
        if (id < 0)
            missingOrFail(loc, name, "group " + full);
        return Handle(id, Kind::Group);
    }

    [[noreturn]] void missingOrFail(hid_t loc, const std::string& name, const std::string& what)
    {
        const std::string msg = h5::errorMessage(); // before H5Lexists clears the stack
        htri_t exists = H5Lexists(loc, name.c_str(), H5P_DEFAULT);
        if (exists == 0)
            bad("missing " + what);
        h5::fail(path, "cannot open " + what, msg);
    }

    // Opens a dataset and checks its element type and rank (rank < 0: any rank >= 1).
    Ds openDataset(hid_t loc, const std::string& name, const std::string& full, Elem elem, int rank)
    {
        Ds d;
        d.name = full;
        hid_t id = H5Dopen2(loc, name.c_str(), H5P_DEFAULT);
        if (id < 0)
            missingOrFail(loc, name, "dataset " + full);
        d.h = Handle(id, Kind::Dataset);
        Handle type = own(H5Dget_type(id), Kind::Datatype, "cannot read the type of " + full);
        d.elem = elemOf(type.get());
        if (elem != Elem::Other && d.elem != elem)
            bad(full + " has type " + typeName(type.get()) + ", expected " + elemName(elem));
        d.dims = readDims(d);
        if (rank >= 0 && static_cast<int>(d.dims.size()) != rank)
            bad(full + " has rank " + std::to_string(d.dims.size()) + ", expected " + std::to_string(rank));
        if (rank < 0 && d.dims.empty())
            bad(full + " is a scalar, expected an array");
        return d;
    }

    std::vector<int64_t> readDims(const Ds& d)
    {
        Handle space = own(H5Dget_space(d.h.get()), Kind::Dataspace, "cannot read the shape of " + d.name);
        int rank = H5Sget_simple_extent_ndims(space.get());
        if (rank < 0)
            fail("cannot read the shape of " + d.name);
        std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
        if (rank > 0 && H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr) < 0)
            fail("cannot read the shape of " + d.name);
        // Reject shapes whose size overflows: only a damaged file has them, and they would
        // make later allocations fail or wrap around.
        const hsize_t limit = static_cast<hsize_t>(std::numeric_limits<int64_t>::max() / 8);
        hsize_t total = 1;
        for (hsize_t x : dims) {
            if (x > limit || (x != 0 && total > limit / x))
                bad(d.name + " has an implausible shape");
            total *= x;
        }
        return std::vector<int64_t>(dims.begin(), dims.end());
    }

    void refreshDs(Ds& d)
    {
        check(H5Drefresh(d.h.get()), "cannot refresh " + d.name);
        std::vector<int64_t> now = readDims(d);
        // Only the first axis may grow: buffers are sized from the shape seen at open, so a
        // changed shape is refused (and not stored).
        if (now.size() != d.dims.size() ||
            (!now.empty() && !std::equal(now.begin() + 1, now.end(), d.dims.begin() + 1)))
            bad(d.name + " changed shape from " + shapeToString(d.dims) + " to " + shapeToString(now));
        d.dims = std::move(now);
    }

    KeyValues readKeyValues(hid_t group, const std::string& full)
    {
        KeyValues kv;
        for (const std::string& k : h5::readStringArrayAttribute(group, "keys", path, full)) {
            if (k == "keys")
                bad("attribute 'keys' on " + full + " lists the reserved name 'keys'");
            kv.emplace_back(k, h5::readStringAttribute(group, k, path, full));
        }
        return kv;
    }

    // Names read from the file become link names: they must be single path components.
    void checkNames(const std::vector<std::string>& names, const std::string& kind, const std::string& where)
    {
        std::set<std::string> seen;
        for (const std::string& n : names) {
            if (n.empty() || n == "." || n == ".." || n.find('/') != std::string::npos)
                bad("invalid " + kind + " name '" + n + "' in " + where);
            if (!seen.insert(n).second)
                bad("duplicate " + kind + " name '" + n + "' in " + where);
        }
    }

    // --- reading data --------------------------------------------------------------------
    // Reads rows [row, row+rows) of d into buf (rows * row size elements of `mem`).
    void readRows(const Ds& d, int64_t row, int64_t rows, hid_t mem, void* buf, const std::string& what) const
    {
        if (rows <= 0)
            return;
        std::vector<hsize_t> start(d.dims.size(), 0), count(d.dims.begin(), d.dims.end());
        start[0] = static_cast<hsize_t>(row);
        count[0] = static_cast<hsize_t>(rows);
        Handle fspace = own(H5Dget_space(d.h.get()), Kind::Dataspace, what);
        check(H5Sselect_hyperslab(fspace.get(), H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr), what);
        Handle mspace = own(H5Screate_simple(static_cast<int>(count.size()), count.data(), nullptr),
                            Kind::Dataspace, what);
        check(H5Dread(d.h.get(), mem, mspace.get(), fspace.get(), H5P_DEFAULT, buf), what);
    }

    std::vector<int64_t> readSteps(const Ds& d, int64_t n) const
    {
        std::vector<int64_t> v(static_cast<std::size_t>(n));
        readRows(d, 0, n, H5T_NATIVE_INT64, v.data(), "cannot read " + d.name);
        return v;
    }

    HostArray readWhole(const Ds& d) const
    {
        HostArray a;
        a.dtype = d.elem == Elem::Float32 ? DType::Float32 : d.elem == Elem::Float64 ? DType::Float64 : DType::Int64;
        a.shape = d.dims;
        a.bytes.resize(static_cast<std::size_t>(a.numel()) * dtypeSize(a.dtype));
        const hid_t mem = a.dtype == DType::Float32   ? H5T_NATIVE_FLOAT
                          : a.dtype == DType::Float64 ? H5T_NATIVE_DOUBLE
                                                      : H5T_NATIVE_INT64;
        if (!a.bytes.empty())
            check(H5Dread(d.h.get(), mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.bytes.data()), "cannot read " + d.name);
        return a;
    }

    int64_t checkpointCount() const
    {
        int64_t n = ckptStep.len();
        for (const Ds& p : paramSets)
            n = std::min(n, p.len());
        for (const Ds& b : bufferSets)
            n = std::min(n, b.len());
        return n;
    }

    int64_t routingCount() const
    {
        return routing ? std::min(routingStep.len(), routingWeights.len()) : 0;
    }

    void requireCheckpoint(int64_t index) const
    {
        const int64_t n = checkpointCount();
        if (index < 0 || index >= n)
            throw Error(path + ": checkpoint index " + std::to_string(index) + " is out of range (the run has " +
                        std::to_string(n) + " checkpoint" + (n == 1 ? "" : "s") + ")");
    }
};

void RunReader::Impl::openFile()
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        bad("no such file");
    if (S_ISDIR(st.st_mode))
        bad("is a directory, not a run file");
    if (st.st_size == 0)
        bad("not an HDF5 file (the file is empty)");
    const htri_t isHdf5 = H5Fis_hdf5(path.c_str());
    if (isHdf5 == 0)
        bad("not an HDF5 file");
    if (isHdf5 < 0)
        fail("cannot be read");

    Handle fapl = own(H5Pcreate(H5P_FILE_ACCESS), Kind::PropList, "cannot be opened");
    check(H5Pset_file_locking(fapl.get(), true, true), "cannot be opened");
    check(H5Pset_metadata_read_attempts(fapl.get(), kSwmrReadAttempts), "cannot be opened");
    // SWMR read is what lets us open a run that is being written, or whose writer died
    // (its superblock still says "open for writing"). Should HDF5 refuse SWMR read for a
    // file, a plain read-only open is tried before giving up.
    hid_t id = H5Fopen(path.c_str(), H5F_ACC_RDONLY | H5F_ACC_SWMR_READ, fapl.get());
    if (id >= 0) {
        swmr = true;
    } else {
        const std::string swmrError = h5::errorMessage();
        id = H5Fopen(path.c_str(), H5F_ACC_RDONLY, fapl.get());
        if (id < 0) {
            const std::string plainError = h5::errorMessage();
            for (const std::string* e : {&swmrError, &plainError})
                if (e->find("unable to lock") != std::string::npos)
                    bad("cannot be opened: another program has it open for writing (HDF5: " + *e + ")");
            // The SWMR attempt's reason: the plain attempt adds "already open for write"
            // for every file a killed writer left, which hides the actual damage.
            bad("cannot be opened: the file is truncated or corrupted (HDF5: " + swmrError + ")");
        }
    }
    file = Handle(id, Kind::File);
}

void RunReader::Impl::load()
{
    const hid_t f = file.get();
    {
        Handle root = openGroup(f, "/", "/");
        if (!h5::hasAttribute(root.get(), "format", path, "/"))
            bad("not a TrainScope run file (no 'format' attribute on the root group)");
        const std::string format = h5::readStringAttribute(root.get(), "format", path, "/");
        if (format != kFormatName)
            bad("not a TrainScope run file (its format is '" + format + "', expected '" + kFormatName + "')");
        version = h5::readInt64Attribute(root.get(), "format_version", path, "/");
        if (version > kSupportedVersion)
            bad("was written by a newer version of TrainScope (format version " + std::to_string(version) +
                "; this version reads format versions up to " + std::to_string(kSupportedVersion) + ")");
        if (version < 1)
            bad("has an invalid format version " + std::to_string(version));
        creator = h5::readStringAttribute(root.get(), "creator", path, "/");
    }
    {
        Handle g = openGroup(f, "config", "/config");
        config = readKeyValues(g.get(), "/config");
    }
    std::vector<std::string> paramNames, bufferNames;
    {
        Handle model = openGroup(f, "model", "/model");
        arch = h5::readStringAttribute(model.get(), "arch", path, "/model");
        Handle specG = openGroup(model.get(), "spec", "/model/spec");
        spec = readKeyValues(specG.get(), "/model/spec");

        Ds names = openDataset(model.get(), "param_names", "/model/param_names", Elem::Other, 1);
        Handle type = own(H5Dget_type(names.h.get()), Kind::Datatype, "cannot read /model/param_names");
        Handle space = own(H5Dget_space(names.h.get()), Kind::Dataspace, "cannot read /model/param_names");
        paramNames = h5::readStrings(names.h.get(), false, type.get(), space.get(), path, "/model/param_names");
        checkNames(paramNames, "parameter", "/model/param_names");
        if (version >= 2) {
            Ds bn = openDataset(model.get(), "buffer_names", "/model/buffer_names", Elem::Other, 1);
            Handle bt = own(H5Dget_type(bn.h.get()), Kind::Datatype, "cannot read /model/buffer_names");
            Handle bs = own(H5Dget_space(bn.h.get()), Kind::Dataspace, "cannot read /model/buffer_names");
            bufferNames = h5::readStrings(bn.h.get(), false, bt.get(), bs.get(), path, "/model/buffer_names");
            checkNames(bufferNames, "buffer", "/model/buffer_names");
        }
    }
    {
        Handle data = openGroup(f, "data", "/data");
        loss = h5::readStringAttribute(data.get(), "loss", path, "/data");
        std::vector<std::string> names = h5::readStringArrayAttribute(data.get(), "splits", path, "/data");
        checkNames(names, "split", "attribute 'splits' on /data");
        for (const std::string& n : names) {
            const std::string full = "/data/" + n;
            Handle g = openGroup(data.get(), n, full);
            Split s;
            s.name = n;
            s.inputs = openDataset(g.get(), "inputs", full + "/inputs", Elem::Other, -1);
            s.targets = openDataset(g.get(), "targets", full + "/targets", Elem::Other, -1);
            for (const Ds* d : {&s.inputs, &s.targets})
                if (d->elem == Elem::Other) {
                    Handle t = own(H5Dget_type(d->h.get()), Kind::Datatype, "cannot read " + d->name);
                    bad(d->name + " has type " + typeName(t.get()) + ", expected float32, float64 or int64");
                }
            if (s.inputs.dims[0] != s.targets.dims[0])
                bad(full + " has " + std::to_string(s.inputs.dims[0]) + " inputs but " +
                    std::to_string(s.targets.dims[0]) + " targets");
            splits.push_back(std::move(s));
        }
    }
    {
        Handle metrics = openGroup(f, "metrics", "/metrics");
        metricNames = h5::readStringArrayAttribute(metrics.get(), "names", path, "/metrics");
        checkNames(metricNames, "metric", "attribute 'names' on /metrics");
        for (const std::string& n : metricNames) {
            const std::string full = "/metrics/" + n;
            Handle g = openGroup(metrics.get(), n, full);
            // step before value: the writer grows value first, so this order never sees a
            // step without its value.
            metricStep.push_back(openDataset(g.get(), "step", full + "/step", Elem::Int64, 1));
            metricValue.push_back(openDataset(g.get(), "value", full + "/value", Elem::Float64, 1));
        }
    }
    {
        Handle ck = openGroup(f, "checkpoints", "/checkpoints");
        ckptStep = openDataset(ck.get(), "step", "/checkpoints/step", Elem::Int64, 1);
        Handle pg = openGroup(ck.get(), "params", "/checkpoints/params");
        for (const std::string& n : paramNames) {
            Ds d = openDataset(pg.get(), n, "/checkpoints/params/" + n, Elem::Float32, -1);
            ParamInfo p;
            p.name = n;
            p.shape.assign(d.dims.begin() + 1, d.dims.end());
            for (int64_t x : p.shape)
                if (x <= 0)
                    bad(d.name + " has shape " + shapeToString(d.dims) + "; a parameter dimension is empty");
            parameterCount += p.numel();
            params.push_back(std::move(p));
            paramSets.push_back(std::move(d));
        }
        if (version >= 2) {
            Handle bg = openGroup(ck.get(), "buffers", "/checkpoints/buffers");
            for (const std::string& n : bufferNames) {
                Ds d = openDataset(bg.get(), n, "/checkpoints/buffers/" + n, Elem::Other, -1);
                if (d.elem != Elem::Float32 && d.elem != Elem::Int64) {
                    Handle t = own(H5Dget_type(d.h.get()), Kind::Datatype, "cannot read " + d.name);
                    bad(d.name + " has type " + typeName(t.get()) + ", expected float32 or int64");
                }
                BufferInfo b;
                b.name = n;
                b.dtype = d.elem == Elem::Int64 ? DType::Int64 : DType::Float32;
                b.shape.assign(d.dims.begin() + 1, d.dims.end());
                for (int64_t x : b.shape)
                    if (x <= 0)
                        bad(d.name + " has shape " + shapeToString(d.dims) + "; a buffer dimension is empty");
                buffers.push_back(std::move(b));
                bufferSets.push_back(std::move(d));
            }
        }
    }
    {
        const htri_t has = H5Lexists(f, "routing", H5P_DEFAULT);
        if (has < 0)
            fail("cannot look up /routing");
        if (has > 0) {
            Handle rg = openGroup(f, "routing", "/routing");
            routingStep = openDataset(rg.get(), "step", "/routing/step", Elem::Int64, 1);
            routingWeights = openDataset(rg.get(), "weights", "/routing/weights", Elem::Float32, 4);
            routingShape = {routingWeights.dims[1], routingWeights.dims[2], routingWeights.dims[3]};
            if (routingShape.empty())
                bad("/routing/weights has shape " + shapeToString(routingWeights.dims) + "; a dimension is empty");
            routing = true;
        }
    }
    {
        Handle sg = openGroup(f, "status", "/status");
        statusCode = openDataset(sg.get(), "code", "/status/code", Elem::Int64, 0);
        statusMessage = openDataset(sg.get(), "message", "/status/message", Elem::Other, 0);
        Handle t = own(H5Dget_type(statusMessage.h.get()), Kind::Datatype, "cannot read /status/message");
        if (H5Tget_class(t.get()) != H5T_STRING)
            bad("/status/message has type " + typeName(t.get()) + ", expected string");
        statusLastStep = openDataset(sg.get(), "last_step", "/status/last_step", Elem::Int64, 0);
    }
}

RunReader::RunReader(const std::string& path) : d_(std::make_unique<Impl>())
{
    h5::silenceErrors();
    d_->path = path;
    d_->openFile();
    d_->load();
}

RunReader::~RunReader() = default;

const std::string& RunReader::path() const { return d_->path; }
int64_t RunReader::formatVersion() const { return d_->version; }
std::string RunReader::creator() const { return d_->creator; }
const KeyValues& RunReader::config() const { return d_->config; }

std::string RunReader::configValue(const std::string& key, const std::string& fallback) const
{
    for (const auto& [k, v] : d_->config)
        if (k == key)
            return v;
    return fallback;
}

const std::string& RunReader::modelArch() const { return d_->arch; }
const KeyValues& RunReader::modelSpec() const { return d_->spec; }
const std::vector<ParamInfo>& RunReader::params() const { return d_->params; }
bool RunReader::storesBuffers() const { return d_->version >= 2; }
const std::vector<BufferInfo>& RunReader::buffers() const { return d_->buffers; }
int64_t RunReader::parameterCount() const { return d_->parameterCount; }
const std::string& RunReader::lossKind() const { return d_->loss; }

bool RunReader::hasModelScript() const
{
    h5::silenceErrors();
    return H5Lexists(d_->file.get(), "/model/torchscript", H5P_DEFAULT) > 0;
}

std::vector<unsigned char> RunReader::readModelScript() const
{
    h5::silenceErrors();
    const std::string what = "cannot read /model/torchscript";
    if (!hasModelScript())
        throw FileError(d_->path, "has no TorchScript model (/model/torchscript)");
    Handle ds = d_->own(H5Dopen2(d_->file.get(), "/model/torchscript", H5P_DEFAULT), Kind::Dataset, what);
    Handle space = d_->own(H5Dget_space(ds.get()), Kind::Dataspace, what);
    if (H5Sget_simple_extent_ndims(space.get()) != 1)
        throw FileError(d_->path, "/model/torchscript is not a 1-D byte array");
    hsize_t n = 0;
    H5Sget_simple_extent_dims(space.get(), &n, nullptr);
    std::vector<unsigned char> bytes(static_cast<std::size_t>(n));
    if (n)
        d_->check(H5Dread(ds.get(), H5T_NATIVE_UCHAR, H5S_ALL, H5S_ALL, H5P_DEFAULT, bytes.data()), what);
    return bytes;
}

std::vector<std::string> RunReader::splitNames() const
{
    std::vector<std::string> names;
    for (const auto& s : d_->splits)
        names.push_back(s.name);
    return names;
}

SplitData RunReader::readSplit(const std::string& name) const
{
    h5::silenceErrors();
    for (const auto& s : d_->splits)
        if (s.name == name)
            return SplitData{s.name, d_->readWhole(s.inputs), d_->readWhole(s.targets)};
    throw Error(d_->path + ": no split '" + name + "' in this run (splits: " + joinNames(splitNames()) + ")");
}

const std::vector<std::string>& RunReader::metricNames() const { return d_->metricNames; }

MetricSeries RunReader::readMetric(const std::string& name) const
{
    h5::silenceErrors();
    const Impl& d = *d_;
    for (std::size_t i = 0; i < d.metricNames.size(); ++i) {
        if (d.metricNames[i] != name)
            continue;
        const int64_t n = std::min(d.metricStep[i].len(), d.metricValue[i].len());
        MetricSeries m;
        m.steps = d.readSteps(d.metricStep[i], n);
        m.values.resize(static_cast<std::size_t>(n));
        d.readRows(d.metricValue[i], 0, n, H5T_NATIVE_DOUBLE, m.values.data(), "cannot read " + d.metricValue[i].name);
        return m;
    }
    throw Error(d.path + ": no metric '" + name + "' in this run (metrics: " + joinNames(d.metricNames) + ")");
}

std::vector<int64_t> RunReader::checkpointSteps() const
{
    h5::silenceErrors();
    return d_->readSteps(d_->ckptStep, d_->checkpointCount());
}

int64_t RunReader::checkpointCount() const { return d_->checkpointCount(); }

std::vector<float> RunReader::readParam(int64_t checkpoint, std::size_t paramIndex) const
{
    h5::silenceErrors();
    const Impl& d = *d_;
    if (paramIndex >= d.params.size())
        throw Error(d.path + ": parameter index " + std::to_string(paramIndex) + " is out of range (the run has " +
                    std::to_string(d.params.size()) + " parameters)");
    d.requireCheckpoint(checkpoint);
    std::vector<float> v(static_cast<std::size_t>(d.params[paramIndex].numel()));
    d.readRows(d.paramSets[paramIndex], checkpoint, 1, H5T_NATIVE_FLOAT, v.data(),
               "cannot read parameter '" + d.params[paramIndex].name + "' of checkpoint " + std::to_string(checkpoint));
    return v;
}

std::vector<float> RunReader::readCheckpointFlat(int64_t checkpoint) const
{
    h5::silenceErrors();
    const Impl& d = *d_;
    d.requireCheckpoint(checkpoint);
    std::vector<float> flat(static_cast<std::size_t>(d.parameterCount));
    std::size_t offset = 0;
    for (std::size_t i = 0; i < d.params.size(); ++i) {
        d.readRows(d.paramSets[i], checkpoint, 1, H5T_NATIVE_FLOAT, flat.data() + offset,
                   "cannot read parameter '" + d.params[i].name + "' of checkpoint " + std::to_string(checkpoint));
        offset += static_cast<std::size_t>(d.params[i].numel());
    }
    return flat;
}

std::vector<HostArray> RunReader::readBuffers(int64_t checkpoint) const
{
    h5::silenceErrors();
    const Impl& d = *d_;
    d.requireCheckpoint(checkpoint);
    std::vector<HostArray> out;
    out.reserve(d.buffers.size());
    for (std::size_t i = 0; i < d.buffers.size(); ++i) {
        const BufferInfo& b = d.buffers[i];
        HostArray a = HostArray::zeros(b.dtype, b.shape);
        d.readRows(d.bufferSets[i], checkpoint, 1, b.dtype == DType::Int64 ? H5T_NATIVE_INT64 : H5T_NATIVE_FLOAT,
                   a.bytes.data(), "cannot read buffer '" + b.name + "' of checkpoint " + std::to_string(checkpoint));
        out.push_back(std::move(a));
    }
    return out;
}

bool RunReader::hasRouting() const { return d_->routing; }
RoutingShape RunReader::routingShape() const { return d_->routingShape; }

std::vector<int64_t> RunReader::routingSteps() const
{
    h5::silenceErrors();
    if (!d_->routing)
        return {};
    return d_->readSteps(d_->routingStep, d_->routingCount());
}

HostArray RunReader::readRouting(int64_t index) const
{
    h5::silenceErrors();
    const Impl& d = *d_;
    if (!d.routing)
        throw Error(d.path + ": this run has no routing data");
    const int64_t n = d.routingCount();
    if (index < 0 || index >= n)
        throw Error(d.path + ": routing index " + std::to_string(index) + " is out of range (the run has " +
                    std::to_string(n) + " routing records)");
    const RoutingShape& r = d.routingShape;
    HostArray a = HostArray::zeros(DType::Float32, {r.samples, r.layers, r.experts});
    d.readRows(d.routingWeights, index, 1, H5T_NATIVE_FLOAT, a.bytes.data(),
               "cannot read routing record " + std::to_string(index));
    return a;
}

RunStatus RunReader::status() const
{
    h5::silenceErrors();
    Impl& d = *d_;
    if (d.swmr) // the writer rewrites it in place: drop what HDF5 has cached
        d.check(H5Drefresh(d.statusCode.h.get()), "cannot refresh /status/code");
    int64_t code = -1;
    d.check(H5Dread(d.statusCode.h.get(), H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, &code),
            "cannot read /status/code");
    if (code < 0 || code > static_cast<int64_t>(RunStatus::Failed))
        d.bad("/status/code holds an unknown status " + std::to_string(code));
    return static_cast<RunStatus>(code);
}

std::string RunReader::statusMessage() const
{
    h5::silenceErrors();
    Impl& d = *d_;
    if (d.swmr)
        d.check(H5Drefresh(d.statusMessage.h.get()), "cannot refresh /status/message");
    Handle type = d.own(H5Dget_type(d.statusMessage.h.get()), Kind::Datatype, "cannot read /status/message");
    Handle space = d.own(H5Dget_space(d.statusMessage.h.get()), Kind::Dataspace, "cannot read /status/message");
    std::vector<std::string> v =
        h5::readStrings(d.statusMessage.h.get(), false, type.get(), space.get(), d.path, "/status/message");
    return v.empty() ? std::string() : v.front();
}

void RunReader::refresh()
{
    h5::silenceErrors();
    Impl& d = *d_;
    if (!d.swmr)
        return; // opened without SWMR: nobody can be writing it
    // Commit marks (step datasets) first, the data they guard second: data read later can
    // only be longer, so min(step, data) never counts a row whose data is not written.
    for (std::size_t i = 0; i < d.metricStep.size(); ++i) {
        d.refreshDs(d.metricStep[i]);
        d.refreshDs(d.metricValue[i]);
    }
    d.refreshDs(d.ckptStep);
    for (Ds& p : d.paramSets)
        d.refreshDs(p);
    for (Ds& b : d.bufferSets)
        d.refreshDs(b);
    if (d.routing) {
        d.refreshDs(d.routingStep);
        d.refreshDs(d.routingWeights);
    }
}

} // namespace ts
