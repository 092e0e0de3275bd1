#include "core/Error.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/ModularArithmetic.h"
#include "core/tasks/TaskFactory.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace ts;

namespace {
TaskData modular(int64_t p = 67)
{
    ModularArithmeticOptions o;
    o.p = p;
    o.symmetricPairs = true;
    return makeModularArithmetic(o);
}

std::unique_ptr<Model> build(const std::string& arch, const TaskData& task, Settings extra = {}, uint64_t seed = 0)
{
    return makeModel(arch, resolveModelSpec(arch, extra, task), seed);
}
} // namespace

TEST(Models, FlatVectorRoundTripForEveryModel)
{
    auto mod = modular(23);
    auto xor_ = makeTask(Settings({{"task", "xor"}, {"dim", "30"}, {"n_train", "20"}, {"n_test", "20"}}));
    auto blobs = makeTask(Settings({{"task", "blobs"}}));
    std::vector<std::pair<std::string, const TaskData*>> cases = {
        {"tickets_mlp", &mod}, {"mlp", &mod}, {"mlp", &blobs}, {"transformer", &mod}, {"xor_relu", &xor_}, {"moe_mlp", &mod}};
    for (const auto& [arch, task] : cases) {
        SCOPED_TRACE(arch + " on " + task->name);
        auto m = build(arch, *task);
        const int64_t n = m->parameterCount();
        auto flat = m->flatParameters();
        ASSERT_EQ(flat.numel(), n);
        // The flat vector is the parameters concatenated in order.
        int64_t offset = 0;
        for (const auto& p : m->params()) {
            EXPECT_TRUE(torch::equal(flat.slice(0, offset, offset + p.numel()), p.detach().reshape({-1})));
            offset += p.numel();
        }
        auto other = torch::randn({n});
        m->setFlatParameters(other);
        EXPECT_TRUE(torch::equal(m->flatParameters(), other));
        auto out1 = m->forward(task->split("test").inputs).detach();
        m->setFlatParameters(flat);
        auto out0 = m->forward(task->split("test").inputs).detach();
        EXPECT_FALSE(torch::allclose(out0, out1));
        EXPECT_THROW(m->setFlatParameters(torch::zeros({n + 1})), ConfigError);
        for (const auto& p : m->params())
            EXPECT_TRUE(p.requires_grad());
    }
}

TEST(Models, TicketsMlpMatchesItsDefinition)
{
    auto task = modular();
    auto m = build("tickets_mlp", task);
    ASSERT_EQ(m->paramNames(), (std::vector<std::string>{"W_E", "W_in", "W_out", "W_U"}));
    const auto& p = m->params();
    EXPECT_EQ(p[0].sizes(), (std::vector<int64_t>{500, 67}));
    EXPECT_EQ(p[1].sizes(), (std::vector<int64_t>{500, 48}));
    EXPECT_EQ(p[2].sizes(), (std::vector<int64_t>{48, 500}));
    EXPECT_EQ(p[3].sizes(), (std::vector<int64_t>{500, 67}));
    // Init N(0, 1/fan): squared norms ≈ 500 + 48 + 500 + 67 (the reference run logs |w| = 33.33).
    const double norm = m->flatParameters().norm().item<double>();
    EXPECT_NEAR(norm, std::sqrt(1115.0), 0.5);
    // Independent form: one-hot inputs, products left to right, in double precision.
    torch::NoGradGuard g;
    const auto& x = task.split("train").inputs;
    auto oh = torch::one_hot(x.select(1, 0), 67) + torch::one_hot(x.select(1, 1), 67);
    auto pd = [&](int i) { return p[i].to(torch::kFloat64); };
    auto emb = torch::mm(oh.to(torch::kFloat64), pd(0).t());
    auto ref = torch::mm(torch::mm(torch::relu(torch::mm(emb, pd(1))), pd(2)), pd(3));
    EXPECT_TRUE(torch::allclose(m->forward(x).to(torch::kFloat64), ref, 1e-4, 1e-4));
}

TEST(Models, SameSeedSameInitDifferentSeedDifferent)
{
    auto task = modular(23);
    auto a = build("transformer", task, {}, 3), b = build("transformer", task, {}, 3), c = build("transformer", task, {}, 4);
    EXPECT_TRUE(torch::equal(a->flatParameters(), b->flatParameters()));
    EXPECT_FALSE(torch::equal(a->flatParameters(), c->flatParameters()));
}

TEST(Models, TransformerIsCausalAndShaped)
{
    auto task = modular(23);
    auto m = build("transformer", task, Settings({{"layers", "2"}, {"d_model", "32"}, {"heads", "4"}, {"d_mlp", "64"}}));
    const auto& x = task.split("test").inputs;
    auto out = m->forward(x);
    EXPECT_EQ(out.sizes(), (std::vector<int64_t>{x.size(0), 23}));
    EXPECT_EQ(m->params().size(), 2u + 2u * 8u + 1u);
    EXPECT_THROW(build("transformer", task, Settings({{"d_model", "30"}, {"heads", "4"}})), ConfigError);
    EXPECT_THROW(build("transformer", task, Settings({{"layers", "3"}})), ConfigError);
}

TEST(Models, XorReluNetFormula)
{
    auto task = makeTask(Settings({{"task", "xor"}, {"dim", "16"}, {"n_train", "8"}, {"n_test", "8"}}));
    auto m = build("xor_relu", task, Settings({{"width", "6"}, {"init_std", "0.5"}}));
    ASSERT_EQ(m->params().size(), 1u); // only the first layer is trained
    torch::NoGradGuard g;
    const auto& x = task.split("train").inputs;
    auto W = m->params()[0];
    auto a = torch::tensor({1.0, 1.0, 1.0, -1.0, -1.0, -1.0}, torch::kFloat32) / std::sqrt(6.0);
    auto ref = torch::mv(torch::relu(torch::mm(x, W.t())), a);
    EXPECT_TRUE(torch::allclose(m->forward(x), ref, 1e-5, 1e-6));
}

TEST(Models, MoeRoutingWeights)
{
    auto task = modular(23);
    auto soft = build("moe_mlp", task);
    const auto& x = task.split("train").inputs.slice(0, 0, 10);
    auto w = soft->routingWeights(x);
    EXPECT_EQ(w.sizes(), (std::vector<int64_t>{10, 2, 4}));
    // Zero-initialised routers route uniformly.
    EXPECT_TRUE(torch::allclose(w, torch::full_like(w, 0.25)));
    EXPECT_DOUBLE_EQ(soft->lrScale(soft->paramIndex("moe0.router")), 0.01);
    EXPECT_DOUBLE_EQ(soft->lrScale(soft->paramIndex("W_E")), 1.0);

    auto topk = build("moe_mlp", task, Settings({{"routing", "topk"}, {"top_k", "1"}, {"balance_coef", "0.01"}}));
    torch::NoGradGuard g;
    topk->params()[topk->paramIndex("moe0.router")].normal_();
    topk->params()[topk->paramIndex("moe1.router")].normal_();
    auto wk = topk->routingWeights(x);
    EXPECT_TRUE(torch::equal((wk > 0).sum(2), torch::ones({10, 2}, torch::kInt64)));
    EXPECT_TRUE(torch::allclose(wk.sum(2), torch::ones({10, 2})));
    topk->forward(x);
    ASSERT_TRUE(topk->auxiliaryLoss().defined());
    EXPECT_GT(topk->auxiliaryLoss().item<double>(), 0.0);

    // Soft MoE with one expert is the tickets MLP's computation.
    auto one = build("moe_mlp", task, Settings({{"experts", "1"}}));
    const auto& p = one->params();
    auto E = p[0].t();
    auto emb = E.index_select(0, x.select(1, 0)) + E.index_select(0, x.select(1, 1));
    auto ref = torch::mm(torch::mm(torch::relu(torch::mm(emb, p[2])), p[4]), p[5]);
    EXPECT_TRUE(torch::allclose(one->forward(x), ref, 1e-4, 1e-4));
}

TEST(Models, NonMoeModelsRefuseRouting)
{
    auto task = modular(23);
    auto m = build("tickets_mlp", task);
    EXPECT_EQ(m->moeLayers(), 0);
    EXPECT_THROW(m->routingWeights(task.split("train").inputs), ConfigError);
}

TEST(Models, ArchitectureTaskMismatchIsAClearError)
{
    auto xor_ = makeTask(Settings({{"task", "xor"}, {"dim", "8"}, {"n_train", "4"}, {"n_test", "4"}}));
    auto mod = modular(23);
    EXPECT_THROW(resolveModelSpec("tickets_mlp", {}, xor_), ConfigError);
    EXPECT_THROW(resolveModelSpec("xor_relu", {}, mod), ConfigError);
    EXPECT_THROW(resolveModelSpec("resnet", {}, mod), ConfigError);
}
