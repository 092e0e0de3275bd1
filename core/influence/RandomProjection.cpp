#include "core/influence/RandomProjection.h"

#include "core/Error.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {
constexpr int64_t kCacheEntries = int64_t(1) << 26;
constexpr int64_t kBlockEntries = int64_t(1) << 24;
} // namespace

RandomProjection::RandomProjection(int64_t dim, int64_t inputDim, uint64_t seed)
    : dim_(dim), inputDim_(inputDim), seed_(seed)
{
    if (dim < 1)
        throw ConfigError("the projection needs at least one dimension");
    if (dim * inputDim <= kCacheEntries)
        cached_ = rows(0, dim, torch::kCPU);
}

int64_t RandomProjection::blockRows() const
{
    return std::max<int64_t>(1, kBlockEntries / std::max<int64_t>(1, inputDim_));
}

torch::Tensor RandomProjection::rows(int64_t start, int64_t end, const torch::Device& device) const
{
    if (cached_.defined())
        return cached_.slice(0, start, end).to(device);
    // Row blocks come from one generator in order: block b is always drawn after blocks 0..b−1,
    // so the rows are the same whichever block size reads them.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed_);
    const int64_t block = blockRows();
    torch::Tensor out;
    for (int64_t b = 0; b < end; b += block) {
        const int64_t e = std::min(end, b + block);
        auto r = torch::randn({e - b, inputDim_}, gen, torch::kFloat32);
        if (e <= start)
            continue;
        auto part = r.slice(0, std::max(start, b) - b, e - b).to(device);
        out = out.defined() ? torch::cat({out, part}) : part;
    }
    return out;
}

torch::Tensor RandomProjection::project(const torch::Tensor& x) const
{
    auto xf = x.to(torch::kFloat32);
    const bool vector = xf.dim() == 1;
    if (vector)
        xf = xf.unsqueeze(0);
    std::vector<torch::Tensor> parts;
    const int64_t block = cached_.defined() ? dim_ : blockRows();
    for (int64_t s = 0; s < dim_; s += block)
        parts.push_back(torch::mm(xf, rows(s, std::min(dim_, s + block), xf.device()).t()));
    auto y = torch::cat(parts, 1) / std::sqrt(double(dim_));
    return vector ? y.squeeze(0) : y;
}

torch::Tensor RandomProjection::projectBack(const torch::Tensor& y) const
{
    auto yf = y.to(torch::kFloat32);
    auto out = torch::zeros({inputDim_}, yf.options());
    const int64_t block = cached_.defined() ? dim_ : blockRows();
    for (int64_t s = 0; s < dim_; s += block) {
        const int64_t e = std::min(dim_, s + block);
        out += torch::mv(rows(s, e, yf.device()).t(), yf.slice(0, s, e));
    }
    return out / std::sqrt(double(dim_));
}

torch::Tensor flattenParameters(const std::vector<torch::Tensor>& parts)
{
    std::vector<torch::Tensor> flat;
    for (const auto& p : parts)
        flat.push_back(p.reshape({-1}).to(torch::kFloat32));
    return torch::cat(flat);
}

std::vector<torch::Tensor> unflattenParameters(const torch::Tensor& flat, const std::vector<torch::Tensor>& like)
{
    std::vector<torch::Tensor> out;
    int64_t offset = 0;
    for (const auto& p : like) {
        const int64_t n = p.numel();
        out.push_back(flat.slice(0, offset, offset + n).reshape(p.sizes()).to(p.device(), p.scalar_type()));
        offset += n;
    }
    return out;
}

} // namespace ts
