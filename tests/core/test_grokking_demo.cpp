// The grokking analysis on the calibrated demos, end to end: train the demo into a temporary
// run file (grokking ≈ 9 s, xor shortened to 80 steps ≈ 15 s), then measure. The numbers
// these tests print are recorded in docs/grokking.md.
#include "core/Error.h"
#include "core/analysis/RunModel.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/grokking/ProgressMeasures.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Demos.h"
#include "core/train/Trainer.h"
#include "tests/SharedRun.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>

using namespace ts;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string trainDemo(const test::TempDir& dir, const std::string& demo, const Settings& overrides, const std::string& file)
{
    auto s = demoSettings(demo);
    for (const auto& [k, v] : overrides.entries())
        s.set(k, v);
    const std::string path = dir.file(file);
    Trainer t(TrainConfig::fromSettings(s));
    RunWriter w(path, t.runHeader());
    auto outcome = t.run(&w);
    EXPECT_EQ(outcome.status, RunStatus::Finished) << outcome.message;
    return path;
}

// Index of the checkpoint whose step is nearest t.
std::size_t nearest(const std::vector<int64_t>& steps, int64_t t)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < steps.size(); ++i)
        if (std::llabs(steps[i] - t) < std::llabs(steps[best] - t))
            best = i;
    return best;
}

class GrokkingDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir_ = std::make_unique<test::TempDir>();
        auto t0 = std::chrono::steady_clock::now();
        // Each test of the suite runs in its own process under ctest: train the demo once.
        path_ = test::sharedFixture("core-demo-grokking.h5", "/proc/self/exe", [](const std::string& path) {
            Trainer t(TrainConfig::fromSettings(demoSettings("grokking")));
            RunWriter w(path, t.runHeader());
            const auto outcome = t.run(&w);
            if (outcome.status != RunStatus::Finished)
                throw std::runtime_error("the grokking demo did not finish: " + outcome.message);
        });
        trainSeconds_ = secondsSince(t0);
        RunReader run(path_);
        Feedback fb;
        m_ = std::make_unique<ProgressMeasures>(measureProgress(run, {}, &fb));
        progressAtEnd_ = fb.progress();
    }
    static void TearDownTestSuite()
    {
        m_.reset();
        dir_.reset();
    }
    static std::unique_ptr<test::TempDir> dir_;
    static std::string path_;
    static double trainSeconds_, progressAtEnd_;
    static std::unique_ptr<ProgressMeasures> m_;
};
std::unique_ptr<test::TempDir> GrokkingDemo::dir_;
std::string GrokkingDemo::path_;
double GrokkingDemo::trainSeconds_ = 0, GrokkingDemo::progressAtEnd_ = 0;
std::unique_ptr<ProgressMeasures> GrokkingDemo::m_;

} // namespace

TEST_F(GrokkingDemo, EventsSayGrokking)
{
    ASSERT_TRUE(m_->hasEvents);
    const auto& e = m_->events;
    std::printf("[grokking demo] train %.1f s, analysis %.1f s (%zu checkpoints, m = %lld)\n", trainSeconds_,
                m_->seconds, m_->steps.size(), (long long)m_->coherenceSamples);
    std::printf("[grokking demo] t_mem %lld, t10 %lld, t50 %lld, t90 %lld, t99 %lld, gap %lld, width %lld, test@t_mem %.4f\n",
                (long long)e.tMem, (long long)e.t10, (long long)e.t50, (long long)e.t90, (long long)e.t99,
                (long long)e.gap, (long long)e.transitionWidth, e.testAtMem);
    std::printf("[grokking demo] verdict: %s (%s)\n", e.verdictName.c_str(), e.explanation.c_str());
    EXPECT_EQ(e.verdict, GrokkingVerdict::Grokking);
    EXPECT_GE(e.tMem, 0);
    EXPECT_LE(e.tMem, 300);
    EXPECT_GE(e.t90, 1000);
    EXPECT_LE(e.t90, 2500);
    EXPECT_LT(e.testAtMem, 0.2);
    EXPECT_LT(m_->seconds, 60.0);
    EXPECT_DOUBLE_EQ(progressAtEnd_, 1.0);
}

TEST_F(GrokkingDemo, SeriesCoverEveryCheckpoint)
{
    RunReader run(path_);
    const std::size_t n = std::size_t(run.checkpointCount());
    EXPECT_EQ(m_->steps, run.checkpointSteps());
    for (const auto* s : {&m_->weightNorm, &m_->distInit, &m_->coherenceTrain, &m_->coherenceTest, &m_->fourierGini,
                          &m_->restrictedLoss, &m_->excludedLoss, &m_->trainLoss})
        EXPECT_EQ(s->size(), n);
    EXPECT_EQ(m_->frequencyNorms.size(), n);
    EXPECT_EQ(m_->keyFrequencies.size(), n);
    EXPECT_EQ(m_->groupNames, (std::vector<std::string>{"W_E", "W_in", "W_out", "W_U"}));
    ASSERT_TRUE(m_->fourierApplicable) << m_->fourierNote;
    EXPECT_EQ(m_->p, 67);
    EXPECT_EQ(m_->frequencyNorms[0].size(), 34u);
    EXPECT_DOUBLE_EQ(m_->distInit[0], 0.0);
    EXPECT_EQ(m_->coherenceSamples, 64);
    // The recorded weight_norm metric at the same steps agrees with the checkpoints' norm.
    const auto wn = run.readMetric("weight_norm");
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < wn.steps.size(); ++j)
            if (wn.steps[j] == m_->steps[i])
                EXPECT_NEAR(m_->weightNorm[i], wn.values[j], 1e-3 * wn.values[j]) << "step " << m_->steps[i];
    // Weight norm per group adds up (in squares) to the total.
    for (std::size_t i = 0; i < n; ++i) {
        double s = 0;
        for (const auto& g : m_->groupNorms)
            s += g[i] * g[i];
        EXPECT_NEAR(std::sqrt(s), m_->weightNorm[i], 1e-9 * m_->weightNorm[i]);
    }
    // The full-logit loss on the train pairs matches the recorded train_loss at the last step.
    const auto tl = run.readMetric("train_loss");
    EXPECT_NEAR(m_->trainLoss.back(), tl.values.back(), 1e-3 + 1e-3 * tl.values.back());
}

TEST_F(GrokkingDemo, WeightNormFallsDuringTheTransition)
{
    const auto& e = m_->events;
    const auto iMem = nearest(m_->steps, e.tMem), i90 = nearest(m_->steps, e.t90);
    double peak = 0;
    std::size_t iPeak = 0;
    for (std::size_t i = 0; i <= i90; ++i)
        if (m_->weightNorm[i] > peak)
            peak = m_->weightNorm[i], iPeak = i;
    std::printf("[grokking demo] weight norm: init %.2f, at t_mem (step %lld) %.2f, peak %.2f at step %lld, at t90 "
                "(step %lld) %.2f, last %.2f\n",
                m_->weightNorm[0], (long long)m_->steps[iMem], m_->weightNorm[iMem], peak, (long long)m_->steps[iPeak],
                (long long)m_->steps[i90], m_->weightNorm[i90], m_->weightNorm.back());
    std::printf("[grokking demo] dist_init ≈ %.3f + %.3f ln t (R² %.3f, %lld points); at t_mem %.2f, at t90 %.2f\n",
                m_->distInitFit.a, m_->distInitFit.b, m_->distInitFit.r2, (long long)m_->distInitFit.points,
                m_->distInit[iMem], m_->distInit[i90]);
    EXPECT_LT(m_->weightNorm[i90], m_->weightNorm[iMem]);
    EXPECT_LT(m_->weightNorm[i90], 0.9 * peak);
}

TEST_F(GrokkingDemo, EmbeddingBecomesSparseInFrequency)
{
    const auto& e = m_->events;
    const auto iMem = nearest(m_->steps, e.tMem), i90 = nearest(m_->steps, e.t90);
    std::string keys;
    for (auto k : m_->lossFrequencies)
        keys += std::to_string(k) + " ";
    std::string keys90;
    for (auto k : m_->keyFrequencies[i90])
        keys90 += std::to_string(k) + " ";
    std::printf("[grokking demo] Fourier Gini: init %.3f, t_mem %.3f, t50 %.3f, t90 %.3f, last %.3f; key frequencies "
                "(last checkpoint) %s; at t90 %s\n",
                m_->fourierGini[0], m_->fourierGini[iMem], m_->fourierGini[nearest(m_->steps, e.t50)],
                m_->fourierGini[i90], m_->fourierGini.back(), keys.c_str(), keys90.c_str());
    EXPECT_GT(m_->fourierGini[i90], m_->fourierGini[iMem]);
}

TEST_F(GrokkingDemo, ExcludedLossRisesBeforeGeneralisation)
{
    const auto& e = m_->events;
    const auto iMem = nearest(m_->steps, e.tMem), i50 = nearest(m_->steps, e.t50), i90 = nearest(m_->steps, e.t90);
    const auto iMax = std::size_t(std::max_element(m_->excludedLoss.begin(), m_->excludedLoss.end()) - m_->excludedLoss.begin());
    std::printf("[grokking demo] checkpoint steps: t_mem→%lld, t50→%lld, t90→%lld\n", (long long)m_->steps[iMem],
                (long long)m_->steps[i50], (long long)m_->steps[i90]);
    for (std::size_t i = 0; i < m_->steps.size(); ++i)
        std::printf("[grokking demo] step %5lld  |θ| %7.3f  dist %7.3f  coh train %7.3f test %7.3f  gini %.3f  "
                    "train loss %.4f  restricted %.4f  excluded %.4f  keys %zu\n",
                    (long long)m_->steps[i], m_->weightNorm[i], m_->distInit[i], m_->coherenceTrain[i],
                    m_->coherenceTest[i], m_->fourierGini[i], m_->trainLoss[i], m_->restrictedLoss[i],
                    m_->excludedLoss[i], m_->keyFrequencies[i].size());
    std::printf("[grokking demo] excluded loss: t_mem %.4f, t50 %.4f, t90 %.4f, max %.4f at step %lld\n",
                m_->excludedLoss[iMem], m_->excludedLoss[i50], m_->excludedLoss[i90], m_->excludedLoss[iMax],
                (long long)m_->steps[iMax]);
    // The criterion (docs/grokking.md): the excluded loss at the checkpoint nearest t50 is
    // higher than at the checkpoint nearest t_mem. The alternative "its maximum occurs before
    // t90" does NOT hold on this demo: the maximum (11.1) is at step 1,972, after t90 (the
    // excluded loss keeps rising through the clean-up phase until the Adam spike near 2,080),
    // so it is printed above, not asserted.
    EXPECT_GT(m_->excludedLoss[i50], m_->excludedLoss[iMem]);
    // Restricted loss (key frequencies only) reaches the memorised train loss's scale by t90.
    EXPECT_LT(m_->restrictedLoss[i90], m_->restrictedLoss[iMem]);
}

TEST(GrokkingXorDemo, EventsOnTheXorDemo)
{
    test::TempDir dir;
    // The demo up to step 80 (first test ≥ 90% is near step 51); checkpoints at 0, 2, 80 only
    // (W is 500 × 10,000).
    const auto path = trainDemo(dir, "xor", Settings({{"steps", "80"}, {"checkpoints", "steps:2"}}), "xor.h5");
    RunReader run(path);
    const auto train = run.readMetric("train_acc"), test = run.readMetric("test_acc");
    ASSERT_GE(train.values.size(), 3u);
    ASSERT_EQ(train.steps[2], 2);
    std::printf("[xor demo] raw: train %.3f %.3f %.3f %.3f, test %.3f %.3f %.3f %.3f at steps 0..3\n", train.values[0],
                train.values[1], train.values[2], train.values[3], test.values[0], test.values[1], test.values[2],
                test.values[3]);
    EXPECT_DOUBLE_EQ(train.values[2], 1.0);
    EXPECT_LT(test.values[2], 0.65);

    const auto e = detectGrokking(run);
    std::printf("[xor demo] default thresholds: t_mem %lld, t50 %lld, t90 %lld, test@t_mem %.3f → %s (%s)\n",
                (long long)e.tMem, (long long)e.t50, (long long)e.t90, e.testAtMem, e.verdictName.c_str(),
                e.explanation.c_str());
    EXPECT_GE(e.tMem, 2);
    EXPECT_LE(e.tMem, 3); // the jump to 100% at step 2 is averaged with step 1 by the smoothing
    EXPECT_LT(e.testAtMem, 0.65);
    ASSERT_GE(e.t90, 0);
    EXPECT_GT(e.t90, e.tMem);
    EXPECT_LE(e.t90, 80);
    // By the definition (raw accuracy, 50% threshold, gap floor 50 steps) this is not
    // grokking: chance on a binary task is 50%, so test accuracy is "≥ 50%" from the start.
    EXPECT_EQ(e.verdict, GrokkingVerdict::GeneralisedWithMemorisation);

    GrokkingThresholds binary;
    binary.chanceLevel = 0.5;
    binary.gapFloorSteps = 1;
    const auto b = detectGrokking(run, binary);
    std::printf("[xor demo] chance 0.5, gap floor 1: t_mem %lld, t50 %lld (raw 75%%), t90 %lld (raw 95%%), gap %lld → %s "
                "(%s)\n",
                (long long)b.tMem, (long long)b.t50, (long long)b.t90, (long long)b.gap, b.verdictName.c_str(),
                b.explanation.c_str());
    // Measured against chance (binary task) and without the 50-step floor, it is grokking:
    // memorised at step 2 at chance level, 75% raw test accuracy only at step 29 (gap 27 > 5 · 2).
    EXPECT_EQ(b.tMem, 2);
    EXPECT_EQ(b.verdict, GrokkingVerdict::Grokking);

    // The progress measures on a non-modular run: no Fourier part, with the reason; cancel.
    ProgressOptions quick;
    quick.coherenceSamples = 0;
    const auto pm = measureProgress(run, quick);
    EXPECT_TRUE(pm.hasEvents);
    EXPECT_FALSE(pm.fourierApplicable);
    EXPECT_NE(pm.fourierNote.find("modular"), std::string::npos) << pm.fourierNote;
    EXPECT_EQ(pm.steps, (std::vector<int64_t>{0, 2, 80}));
    EXPECT_TRUE(pm.fourierGini.empty() && pm.excludedLoss.empty() && pm.coherenceTrain.empty());
    EXPECT_GT(pm.weightNorm[2], pm.weightNorm[0]);
    Feedback cancelled;
    cancelled.cancel();
    EXPECT_THROW(measureProgress(run, quick, &cancelled), Cancelled);

    // Alignment of first-layer rows with the XOR cluster directions, estimated from the clean
    // test data, at step 2 (benign overfitting) and step 80 (generalised).
    auto loaded = loadRunModel(run);
    const auto& testSplit = loaded.data.split("test");
    for (int64_t c = 1; c < run.checkpointCount(); ++c) {
        loaded.model->setFlatParameters(checkpointVector(run, c));
        auto a = xorAlignment(*loaded.model, testSplit, 10);
        std::printf("[xor demo] step %lld: |cos μ̂1, μ̂2| %.3f; mean |cos| pos·μ̂1 %.3f pos·μ̂2 %.3f neg·μ̂1 %.3f "
                    "neg·μ̂2 %.3f\n",
                    (long long)run.checkpointSteps()[std::size_t(c)], a.muCosine, a.meanPosMu1, a.meanPosMu2,
                    a.meanNegMu1, a.meanNegMu2);
        int64_t total = 0;
        for (auto v : a.posMu1)
            total += v;
        EXPECT_EQ(total, 250);
        EXPECT_LT(a.muCosine, 0.2);
        if (c == run.checkpointCount() - 1) {
            // Generalised: positive-output neurons align with μ1 more than with μ2, and the
            // negative-output neurons the other way round.
            EXPECT_GT(a.meanPosMu1, a.meanPosMu2);
            EXPECT_GT(a.meanNegMu2, a.meanNegMu1);
        }
    }
}
