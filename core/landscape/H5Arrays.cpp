#include "core/landscape/H5Arrays.h"

#include "core/Error.h"

#include <hdf5.h>

#include <sys/stat.h>

namespace ts::h5 {

Handle openReadOnly(const std::string& path)
{
    silenceErrors();
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw FileError(path, "no such file");
    if (S_ISDIR(st.st_mode))
        throw FileError(path, "is a directory");
    const htri_t isHdf5 = st.st_size > 0 ? H5Fis_hdf5(path.c_str()) : 0;
    if (isHdf5 <= 0)
        throw FileError(path, "not an HDF5 file");
    return own(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), Kind::File, path,
               "cannot be opened: the file is truncated or corrupted");
}

bool hasLink(Id parent, const std::string& name)
{
    return H5Lexists(parent, name.c_str(), H5P_DEFAULT) > 0;
}

bool isGroup(Id parent, const std::string& name)
{
    if (!hasLink(parent, name))
        return false;
    const hid_t obj = H5Oopen(parent, name.c_str(), H5P_DEFAULT);
    if (obj < 0)
        return false;
    const bool group = H5Iget_type(obj) == H5I_GROUP;
    H5Oclose(obj);
    return group;
}

namespace {
Handle openNumeric(Id parent, const std::string& name, const std::string& file, const std::string& where,
                   std::vector<int64_t>& shape, hid_t& classOut)
{
    if (!hasLink(parent, name))
        throw FileError(file, "missing dataset " + where);
    Handle ds = own(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), Kind::Dataset, file, "cannot open " + where);
    Handle type = own(H5Dget_type(ds.get()), Kind::Datatype, file, "cannot read the type of " + where);
    classOut = H5Tget_class(type.get());
    Handle space = own(H5Dget_space(ds.get()), Kind::Dataspace, file, "cannot read the shape of " + where);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0 || rank > 8)
        throw FileError(file, where + " has an unsupported shape");
    std::vector<hsize_t> dims(std::size_t(rank) + 1);
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    shape.assign(dims.begin(), dims.begin() + rank);
    return ds;
}
} // namespace

std::vector<double> readDoubles(Id parent, const std::string& name, const std::string& file,
                                const std::string& objPath, std::vector<int64_t>* shapeOut)
{
    const std::string where = objPath + (objPath.empty() || objPath.back() == '/' ? "" : "/") + name;
    std::vector<int64_t> shape;
    hid_t cls = H5T_NO_CLASS;
    Handle ds = openNumeric(parent, name, file, where, shape, cls);
    if (cls != H5T_FLOAT && cls != H5T_INTEGER)
        throw FileError(file, where + " is not numeric");
    std::size_t n = 1;
    for (auto d : shape)
        n *= std::size_t(d);
    std::vector<double> out(n);
    if (n)
        check(H5Dread(ds.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()), file,
              "cannot read " + where);
    if (shapeOut)
        *shapeOut = shape;
    return out;
}

std::vector<int64_t> readInt64s(Id parent, const std::string& name, const std::string& file, const std::string& objPath)
{
    const std::string where = objPath + "/" + name;
    std::vector<int64_t> shape;
    hid_t cls = H5T_NO_CLASS;
    Handle ds = openNumeric(parent, name, file, where, shape, cls);
    if (cls != H5T_INTEGER || shape.size() != 1)
        throw FileError(file, where + " is not a list of integers");
    std::vector<int64_t> out(static_cast<std::size_t>(shape[0]));
    if (!out.empty())
        check(H5Dread(ds.get(), H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()), file,
              "cannot read " + where);
    return out;
}

void writeDoubles(Id parent, const std::string& name, const std::vector<double>& values,
                  const std::vector<int64_t>& shape, const std::string& file)
{
    std::vector<hsize_t> dims(shape.begin(), shape.end());
    Handle space = own(H5Screate_simple(int(dims.size()), dims.data(), nullptr), Kind::Dataspace, file,
                       "cannot create a dataspace for " + name);
    Handle ds = own(H5Dcreate2(parent, name.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                    Kind::Dataset, file, "cannot create dataset " + name);
    if (!values.empty())
        check(H5Dwrite(ds.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), file,
              "cannot write dataset " + name);
}

void writeInt64s(Id parent, const std::string& name, const std::vector<int64_t>& values, const std::string& file)
{
    hsize_t dims[1] = {values.size()};
    Handle space = own(H5Screate_simple(1, dims, nullptr), Kind::Dataspace, file, "cannot create a dataspace for " + name);
    Handle ds = own(H5Dcreate2(parent, name.c_str(), H5T_STD_I64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                    Kind::Dataset, file, "cannot create dataset " + name);
    if (!values.empty())
        check(H5Dwrite(ds.get(), H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), file,
              "cannot write dataset " + name);
}

} // namespace ts::h5
