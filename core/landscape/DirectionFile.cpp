#include "core/landscape/DirectionFile.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/HostArray.h"
#include "core/landscape/H5Arrays.h"
#include "core/models/Model.h"

#include <hdf5.h>
#include <torch/torch.h>

namespace ts {

namespace {
torch::Tensor readGroup(h5::Id file, const std::string& group, const std::string& path, const Model& model)
{
    h5::Handle g = h5::own(H5Gopen2(file, group.c_str(), H5P_DEFAULT), h5::Kind::Group, path, "cannot open /" + group);
    H5G_info_t info;
    h5::check(H5Gget_info(g.get(), &info), path, "cannot list /" + group);
    const auto& params = model.params();
    if (info.nlinks != params.size())
        throw ConfigError(path + ": /" + group + " has " + std::to_string(info.nlinks) + " tensors, the model has " +
                          std::to_string(params.size()) + " parameters");
    std::vector<torch::Tensor> parts;
    for (std::size_t i = 0; i < params.size(); ++i) {
        const std::string name = std::to_string(i);
        if (!h5::hasLink(g.get(), name))
            throw FileError(path, "/" + group + " has no dataset '" + name + "' (expected one per parameter, 0.." +
                                      std::to_string(params.size() - 1) + ")");
        std::vector<int64_t> shape;
        auto values = h5::readDoubles(g.get(), name, path, "/" + group, &shape);
        // h5py writes a 0-d dataset for a scalar parameter; compare element counts then.
        const auto want = params[i].sizes().vec();
        if (shape != want)
            throw ConfigError(path + ": /" + group + "/" + name + " has shape " + shapeToString(shape) +
                              ", the model's parameter '" + model.paramNames()[i] + "' has " + shapeToString(want));
        parts.push_back(torch::tensor(values, torch::kFloat64).to(torch::kFloat32));
    }
    return torch::cat(parts);
}
} // namespace

PlaneDirections readDirectionFile(const std::string& path, const Model& model, const torch::Tensor& centre,
                                  int64_t centreStep)
{
    h5::Handle f = h5::openReadOnly(path);
    if (!h5::isGroup(f.get(), "xdirection"))
        throw FileError(path, "not a direction file: no group 'xdirection' (loss-landscape's layout)");
    PlaneDirections p;
    p.centre = centre.to(torch::kFloat32).contiguous();
    p.d1 = readGroup(f.get(), "xdirection", path, model);
    if (h5::isGroup(f.get(), "ydirection"))
        p.d2 = readGroup(f.get(), "ydirection", path, model);
    JsonWriter j;
    j.beginObject().key("type").value("file").key("path").value(path).key("format").value("loss-landscape");
    j.key("dimensions").value(p.is2d() ? 2 : 1).key("centre_step").value(centreStep).endObject();
    p.recipe = j.str();
    p.validate(model);
    return p;
}

void writeDirectionFile(const std::string& path, const Model& model, const PlaneDirections& directions)
{
    h5::silenceErrors();
    h5::Handle f = h5::own(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::File, path,
                           "cannot be created");
    auto write = [&](const char* group, const torch::Tensor& d) {
        h5::Handle g = h5::own(H5Gcreate2(f.get(), group, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::Group, path,
                               std::string("cannot create /") + group);
        auto flat = d.to(torch::kCPU, torch::kFloat64).contiguous();
        int64_t offset = 0;
        for (std::size_t i = 0; i < model.params().size(); ++i) {
            const auto& p = model.params()[i];
            const double* data = flat.data_ptr<double>() + offset;
            h5::writeDoubles(g.get(), std::to_string(i), std::vector<double>(data, data + p.numel()), p.sizes().vec(),
                             path);
            offset += p.numel();
        }
    };
    write("xdirection", directions.d1);
    if (directions.is2d())
        write("ydirection", directions.d2);
    h5::check(f.close(), path, "cannot be written");
}

} // namespace ts
