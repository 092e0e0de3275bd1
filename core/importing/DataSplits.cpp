#include "core/importing/DataSplits.h"

#include "core/Error.h"

namespace ts {

namespace {
int roleOf(const std::string& r)
{
    if (r == "inputs" || r == "input" || r == "x" || r == "X" || r == "0" || r == "features")
        return 0;
    if (r == "targets" || r == "target" || r == "y" || r == "Y" || r == "1" || r == "labels")
        return 1;
    return -1;
}
} // namespace

std::vector<SplitData> dataSplitsFromTensors(const std::string& path, const std::vector<TensorRecord>& tensors)
{
    std::vector<SplitData> splits;
    std::vector<std::pair<bool, bool>> have;
    for (const auto& t : tensors) {
        const std::size_t sep = t.name.find_last_of("._/");
        if (sep == std::string::npos || sep == 0)
            continue;
        const int role = roleOf(t.name.substr(sep + 1));
        if (role < 0)
            continue;
        const std::string split = t.name.substr(0, sep);
        std::size_t i = 0;
        while (i < splits.size() && splits[i].name != split)
            ++i;
        if (i == splits.size()) {
            splits.push_back({split, {}, {}});
            have.emplace_back(false, false);
        }
        if (t.shape.empty())
            throw FileError(path, "tensor '" + t.name + "' is a scalar; data needs one row per example");
        (role == 0 ? splits[i].inputs : splits[i].targets) = t.toHostArray();
        (role == 0 ? have[i].first : have[i].second) = true;
    }
    if (splits.empty())
        throw FileError(path, "holds no data splits (expected tensors named like train.inputs/train.targets, "
                              "train_x/train_y, or torch.save({'train': (x, y)}))");
    for (std::size_t i = 0; i < splits.size(); ++i) {
        if (!have[i].first || !have[i].second)
            throw FileError(path, "split '" + splits[i].name + "' has no " + (have[i].first ? "targets" : "inputs"));
        if (splits[i].inputs.shape[0] != splits[i].targets.shape[0])
            throw FileError(path, "split '" + splits[i].name + "' has " + std::to_string(splits[i].inputs.shape[0]) +
                                      " inputs but " + std::to_string(splits[i].targets.shape[0]) + " targets");
    }
    return splits;
}

} // namespace ts
