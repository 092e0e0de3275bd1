#include "core/landscape/TrajectoryPca.h"

#include "core/Error.h"
#include "core/Json.h"

#include <torch/torch.h>

namespace ts {

PlaneDirections pcaPlane(const std::vector<torch::Tensor>& checkpoints, const std::vector<int64_t>& steps,
                         const torch::Tensor& centre, bool twoD, int64_t centreStep)
{
    torch::NoGradGuard guard;
    const std::size_t axes = twoD ? 2 : 1;
    if (checkpoints.size() < axes + 1)
        throw ConfigError("PCA directions need at least " + std::to_string(axes + 1) + " checkpoints, the run has " +
                          std::to_string(checkpoints.size()));
    const auto final_ = checkpoints.back().to(torch::kFloat64);
    std::vector<torch::Tensor> rows;
    for (std::size_t i = 0; i + 1 < checkpoints.size(); ++i)
        rows.push_back(checkpoints[i].to(torch::kFloat64) - final_);
    auto R = torch::stack(rows);                       // [n, P]
    auto K = torch::mm(R, R.t());                      // [n, n]
    auto [evals, evecs] = torch::linalg_eigh(K);       // ascending
    const int64_t n = K.size(0);
    const double total = evals.clamp_min(0).sum().item<double>();
    const double top = evals[n - 1].item<double>();
    PlaneDirections p;
    p.centre = centre.to(torch::kFloat32).contiguous();
    for (std::size_t k = 0; k < axes; ++k) {
        const double lambda = evals[n - 1 - int64_t(k)].item<double>();
        if (!(lambda > 1e-12 * std::max(top, 1e-300)) || total <= 0)
            throw ConfigError("the trajectory does not span " + std::to_string(axes) +
                              " dimensions (the checkpoints are identical or collinear): no PCA plane");
        auto v = torch::mv(R.t(), evecs.select(1, n - 1 - int64_t(k))) / std::sqrt(lambda);
        // A sign convention so the same run gives the same picture: the final point minus
        // the first has a non-negative coordinate on each axis.
        if (torch::dot(v, -rows.front()).item<double>() < 0)
            v = -v;
        (k == 0 ? p.d1 : p.d2) = v.to(torch::kFloat32).contiguous();
        p.explainedVariance.push_back(lambda / total);
    }
    JsonWriter j;
    j.beginObject().key("type").value("pca").key("dimensions").value(int64_t(axes));
    j.key("checkpoints").beginArray();
    for (auto s : steps)
        j.value(s);
    j.endArray().key("explained_variance").beginArray();
    for (double v : p.explainedVariance)
        j.value(v);
    j.endArray().key("centre_step").value(centreStep).endObject();
    p.recipe = j.str();
    return p;
}

} // namespace ts
