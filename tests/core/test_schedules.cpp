#include "core/Error.h"
#include "core/train/CheckpointSchedule.h"
#include "core/train/LrSchedule.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ts;

TEST(LrSchedule, ConstantWarmupCosine)
{
    LrSchedule c(Settings({{"lr", "0.1"}}), 100);
    EXPECT_DOUBLE_EQ(c.at(0), 0.1);
    EXPECT_DOUBLE_EQ(c.at(99), 0.1);
    LrSchedule w(Settings({{"lr", "0.1"}, {"schedule", "warmup"}, {"warmup_steps", "10"}}), 100);
    EXPECT_DOUBLE_EQ(w.at(0), 0.01);
    EXPECT_DOUBLE_EQ(w.at(4), 0.05);
    EXPECT_DOUBLE_EQ(w.at(10), 0.1);
    LrSchedule cos(Settings({{"lr", "1"}, {"schedule", "cosine"}, {"warmup_steps", "0"}, {"min_lr_frac", "0.1"}}), 100);
    EXPECT_DOUBLE_EQ(cos.at(0), 1.0);
    EXPECT_NEAR(cos.at(50), 0.1 + 0.9 * 0.5, 1e-12);
    EXPECT_NEAR(cos.at(100), 0.1, 1e-12);
}

TEST(LrSchedule, RejectsNonsense)
{
    EXPECT_THROW(LrSchedule(Settings({{"lr", "-1"}}), 10), ConfigError);
    EXPECT_THROW(LrSchedule(Settings({{"schedule", "step"}}), 10), ConfigError);
    EXPECT_THROW(LrSchedule(Settings({{"schedule", "warmup"}}), 10), ConfigError);
    EXPECT_THROW(LrSchedule(Settings({{"schedule", "cosine"}, {"warmup_steps", "20"}}), 10), ConfigError);
}

TEST(CheckpointSchedule, Kinds)
{
    EXPECT_EQ(checkpointSteps("linear:5", 100), (std::vector<int64_t>{0, 25, 50, 75, 100}));
    EXPECT_EQ(checkpointSteps("every:40", 100), (std::vector<int64_t>{0, 40, 80, 100}));
    EXPECT_EQ(checkpointSteps("steps:7,3", 10), (std::vector<int64_t>{0, 3, 7, 10}));
    auto log = checkpointSteps("log:5", 10000);
    EXPECT_EQ(log, (std::vector<int64_t>{0, 1, 10, 100, 1000, 10000}));
    auto dense = checkpointSteps("log:100", 2500);
    EXPECT_EQ(dense.front(), 0);
    EXPECT_EQ(dense.back(), 2500);
    EXPECT_TRUE(std::is_sorted(dense.begin(), dense.end()));
    EXPECT_GT(dense.size(), 50u);
}

TEST(CheckpointSchedule, RejectsNonsense)
{
    EXPECT_THROW(checkpointSteps("linear:0", 10), ConfigError);
    EXPECT_THROW(checkpointSteps("sometimes", 10), ConfigError);
    EXPECT_THROW(checkpointSteps("steps:11", 10), ConfigError);
    EXPECT_THROW(checkpointSteps("every:x", 10), ConfigError);
}
