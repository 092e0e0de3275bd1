#include "core/runfile/H5Handle.h"

#include "core/Error.h"

#include <hdf5.h>

#include <algorithm>
#include <type_traits>

namespace ts::h5 {

static_assert(std::is_same<hid_t, Id>::value, "H5Handle.h assumes hid_t is int64_t (HDF5 >= 1.10)");
static_assert(std::is_same<herr_t, Status>::value, "H5Handle.h assumes herr_t is int");

Handle& Handle::operator=(Handle&& o) noexcept
{
    if (this != &o) {
        reset();
        id_ = o.id_;
        kind_ = o.kind_;
        o.id_ = -1;
    }
    return *this;
}

Status Handle::close() noexcept
{
    if (id_ < 0)
        return 0;
    herr_t st = -1;
    switch (kind_) {
    case Kind::File: st = H5Fclose(id_); break;
    case Kind::Group: st = H5Gclose(id_); break;
    case Kind::Dataset: st = H5Dclose(id_); break;
    case Kind::Dataspace: st = H5Sclose(id_); break;
    case Kind::Datatype: st = H5Tclose(id_); break;
    case Kind::Attribute: st = H5Aclose(id_); break;
    case Kind::PropList: st = H5Pclose(id_); break;
    }
    id_ = -1;
    return st;
}

void Handle::reset() noexcept
{
    (void)close();
}

void silenceErrors()
{
    thread_local bool done = false;
    if (!done) {
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
        done = true;
    }
}

namespace {

herr_t collect(unsigned /*n*/, const H5E_error2_t* e, void* data)
{
    auto* out = static_cast<std::vector<std::string>*>(data);
    if (e && e->desc && *e->desc)
        out->emplace_back(e->desc);
    return 0;
}

std::vector<std::string> stackMessages()
{
    std::vector<std::string> msgs;
    // Upward = innermost first: the place where HDF5 noticed the problem comes first.
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, collect, &msgs);
    return msgs;
}

} // namespace

std::string errorMessage()
{
    std::vector<std::string> msgs = stackMessages();
    return msgs.empty() ? std::string("unknown HDF5 error") : msgs.front();
}

std::string errorStack()
{
    std::string s;
    for (const std::string& m : stackMessages()) {
        if (!s.empty())
            s += " <- ";
        s += m;
    }
    return s.empty() ? std::string("unknown HDF5 error") : s;
}

void fail(const std::string& file, const std::string& what)
{
    fail(file, what, errorMessage());
}

void fail(const std::string& file, const std::string& what, const std::string& hdf5Message)
{
    // Failed checksums are what damage looks like in a latest-format file: say so plainly.
    const bool damaged = hdf5Message.find("checksum") != std::string::npos;
    throw FileError(file, what + (damaged ? ": the file is corrupted" : "") + " (HDF5: " + hdf5Message + ")");
}

Handle own(Id id, Kind kind, const std::string& file, const std::string& what)
{
    if (id < 0)
        fail(file, what);
    return Handle(id, kind);
}

void check(Status status, const std::string& file, const std::string& what)
{
    if (status < 0)
        fail(file, what);
}

namespace {

std::string attrWhere(const std::string& name, const std::string& objPath)
{
    return "attribute '" + name + "' on " + objPath;
}

// A fixed-length UTF-8 string type of `size` bytes, null-padded. Fixed-length rather than
// variable-length because variable-length strings live in HDF5's global heap, which has no
// checksum: HDF5 1.10 crashes (SIGSEGV in H5HG_read) on a damaged heap instead of failing.
Handle fixedStringType(std::size_t size, const std::string& file)
{
    Handle t = own(H5Tcopy(H5T_C_S1), Kind::Datatype, file, "cannot create a string type");
    check(H5Tset_size(t.get(), std::max<std::size_t>(size, 1)), file, "cannot create a string type");
    check(H5Tset_strpad(t.get(), H5T_STR_NULLPAD), file, "cannot create a string type");
    check(H5Tset_cset(t.get(), H5T_CSET_UTF8), file, "cannot create a string type");
    return t;
}

// values laid out as n null-padded fields of the longest value's length (at least 1).
std::vector<char> packStrings(const std::vector<std::string>& values, std::size_t& size)
{
    size = 1;
    for (const std::string& v : values)
        size = std::max(size, v.size());
    std::vector<char> buf(values.size() * size, '\0');
    for (std::size_t i = 0; i < values.size(); ++i)
        std::copy(values[i].begin(), values[i].end(), buf.begin() + static_cast<std::ptrdiff_t>(i * size));
    return buf;
}

Handle openAttribute(Id obj, const std::string& name, const std::string& file,
                     const std::string& objPath)
{
    if (!hasAttribute(obj, name, file, objPath))
        throw FileError(file, "missing " + attrWhere(name, objPath));
    return own(H5Aopen(obj, name.c_str(), H5P_DEFAULT), Kind::Attribute, file,
               "cannot open " + attrWhere(name, objPath));
}

} // namespace

bool hasAttribute(Id obj, const std::string& name, const std::string& file,
                  const std::string& objPath)
{
    htri_t r = H5Aexists(obj, name.c_str());
    if (r < 0)
        fail(file, "cannot look up " + attrWhere(name, objPath));
    return r > 0;
}

void writeStringAttribute(Id obj, const std::string& name, const std::string& value,
                          const std::string& file, const std::string& objPath)
{
    const std::string what = "cannot write " + attrWhere(name, objPath);
    std::size_t size = 0;
    std::vector<char> buf = packStrings({value}, size);
    Handle type = fixedStringType(size, file);
    Handle space = own(H5Screate(H5S_SCALAR), Kind::Dataspace, file, what);
    Handle attr = own(H5Acreate2(obj, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                      Kind::Attribute, file, what);
    check(H5Awrite(attr.get(), type.get(), buf.data()), file, what);
}

void writeStringArrayAttribute(Id obj, const std::string& name,
                               const std::vector<std::string>& values,
                               const std::string& file, const std::string& objPath)
{
    const std::string what = "cannot write " + attrWhere(name, objPath);
    std::size_t size = 0;
    std::vector<char> buf = packStrings(values, size);
    Handle type = fixedStringType(size, file);
    hsize_t dims[1] = {values.size()};
    Handle space = own(H5Screate_simple(1, dims, nullptr), Kind::Dataspace, file, what);
    Handle attr = own(H5Acreate2(obj, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                      Kind::Attribute, file, what);
    if (!values.empty()) // a zero-length array has nothing to write
        check(H5Awrite(attr.get(), type.get(), buf.data()), file, what);
}

void writeStringArrayDataset(Id parent, const std::string& name, const std::vector<std::string>& values,
                             const std::string& file, const std::string& objPath)
{
    const std::string what = "cannot write " + objPath;
    std::size_t size = 0;
    std::vector<char> buf = packStrings(values, size);
    Handle type = fixedStringType(size, file);
    hsize_t dims[1] = {values.size()};
    Handle space = own(H5Screate_simple(1, dims, nullptr), Kind::Dataspace, file, what);
    Handle ds = own(H5Dcreate2(parent, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                    Kind::Dataset, file, what);
    if (!values.empty())
        check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buf.data()), file, what);
}

void writeInt64Attribute(Id obj, const std::string& name, std::int64_t value,
                         const std::string& file, const std::string& objPath)
{
    const std::string what = "cannot write " + attrWhere(name, objPath);
    Handle space = own(H5Screate(H5S_SCALAR), Kind::Dataspace, file, what);
    Handle attr = own(H5Acreate2(obj, name.c_str(), H5T_STD_I64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT),
                      Kind::Attribute, file, what);
    check(H5Awrite(attr.get(), H5T_NATIVE_INT64, &value), file, what);
}

std::vector<std::string> readStrings(Id obj, bool isAttribute, Id fileType, Id space,
                                     const std::string& file, const std::string& objPath)
{
    const std::string what = "cannot read " + objPath;
    if (H5Tget_class(fileType) != H5T_STRING)
        throw FileError(file, objPath + " is not a string");
    hssize_t npoints = H5Sget_simple_extent_npoints(space);
    if (npoints < 0)
        fail(file, what);
    const std::size_t n = static_cast<std::size_t>(npoints);
    std::vector<std::string> out(n);
    if (n == 0)
        return out;
    // Guard against absurd sizes from a damaged file before allocating.
    if (n > (std::size_t(1) << 28))
        throw FileError(file, objPath + " has an implausible number of strings (" + std::to_string(n) + ")");
    H5T_cset_t cset = H5Tget_cset(fileType);
    if (cset < 0)
        fail(file, what);
    auto readInto = [&](Id memType, void* buf) {
        herr_t st = isAttribute ? H5Aread(obj, memType, buf)
                                : H5Dread(obj, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf);
        check(st, file, what);
    };

    htri_t isVlen = H5Tis_variable_str(fileType);
    if (isVlen < 0)
        fail(file, what);
    Handle mem = own(H5Tcopy(H5T_C_S1), Kind::Datatype, file, what);
    check(H5Tset_cset(mem.get(), cset), file, what); // HDF5 does not convert between charsets
    if (isVlen) {
        check(H5Tset_size(mem.get(), H5T_VARIABLE), file, what);
        std::vector<char*> ptrs(n, nullptr);
        readInto(mem.get(), ptrs.data());
        for (std::size_t i = 0; i < n; ++i)
            out[i] = ptrs[i] ? std::string(ptrs[i]) : std::string();
        // Debian's 1.10.8 declares H5Treclaim but does not export it; 1.12 deprecates this one.
#if H5_VERSION_GE(1, 12, 0)
        H5Treclaim(mem.get(), space, H5P_DEFAULT, ptrs.data());
#else
        H5Dvlen_reclaim(mem.get(), space, H5P_DEFAULT, ptrs.data());
#endif
    } else {
        std::size_t size = H5Tget_size(fileType);
        if (size == 0)
            fail(file, what);
        if (size > (std::size_t(1) << 24) || n * size > (std::size_t(1) << 30))
            throw FileError(file, objPath + " has implausibly large strings");
        check(H5Tset_size(mem.get(), size), file, what);
        check(H5Tset_strpad(mem.get(), H5T_STR_NULLPAD), file, what);
        std::vector<char> buf(n * size, '\0');
        readInto(mem.get(), buf.data());
        for (std::size_t i = 0; i < n; ++i) {
            const char* s = buf.data() + i * size;
            std::size_t len = 0;
            while (len < size && s[len] != '\0')
                ++len;
            out[i].assign(s, len);
        }
    }
    return out;
}

namespace {

std::vector<std::string> readStringAttributeValues(Id obj, const std::string& name,
                                                   const std::string& file,
                                                   const std::string& objPath)
{
    Handle attr = openAttribute(obj, name, file, objPath);
    const std::string where = attrWhere(name, objPath);
    Handle type = own(H5Aget_type(attr.get()), Kind::Datatype, file, "cannot read " + where);
    Handle space = own(H5Aget_space(attr.get()), Kind::Dataspace, file, "cannot read " + where);
    int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0)
        fail(file, "cannot read " + where);
    if (rank > 1)
        throw FileError(file, where + " has rank " + std::to_string(rank) + " (expected a string or a 1-D string array)");
    return readStrings(attr.get(), true, type.get(), space.get(), file, where);
}

} // namespace

std::string readStringAttribute(Id obj, const std::string& name, const std::string& file,
                                const std::string& objPath)
{
    std::vector<std::string> v = readStringAttributeValues(obj, name, file, objPath);
    if (v.size() != 1)
        throw FileError(file, attrWhere(name, objPath) + " is not a single string");
    return v.front();
}

std::vector<std::string> readStringArrayAttribute(Id obj, const std::string& name,
                                                  const std::string& file,
                                                  const std::string& objPath)
{
    return readStringAttributeValues(obj, name, file, objPath);
}

std::int64_t readInt64Attribute(Id obj, const std::string& name, const std::string& file,
                                const std::string& objPath)
{
    Handle attr = openAttribute(obj, name, file, objPath);
    const std::string where = attrWhere(name, objPath);
    Handle type = own(H5Aget_type(attr.get()), Kind::Datatype, file, "cannot read " + where);
    Handle space = own(H5Aget_space(attr.get()), Kind::Dataspace, file, "cannot read " + where);
    if (H5Tget_class(type.get()) != H5T_INTEGER)
        throw FileError(file, where + " is not an integer");
    if (H5Sget_simple_extent_npoints(space.get()) != 1)
        throw FileError(file, where + " is not a single integer");
    std::int64_t v = 0;
    check(H5Aread(attr.get(), H5T_NATIVE_INT64, &v), file, "cannot read " + where);
    return v;
}

} // namespace ts::h5
