// `trainscope import` end to end: a folder of torch.save checkpoints with TensorBoard logs
// becomes a run the other commands open; damaged and malicious files are refused in one line.
#include "core/runfile/RunReader.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"
#include "tests/core/ImportFixtures.h"
#include "tests/core/TensorBoardEvents.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;
}

TEST(CliImport, CheckpointsModelDataAndLogsBecomeARun)
{
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "logs");
    events::writeEventFile(dir.file("logs/events.out.tfevents.1.host"), events::eventFile());
    const std::string base = kExe + " import --model " + fixture("model.pt") + " --data " + fixture("data.pt");
    auto r = runProcess(base + " --checkpoints " + fixture("pt") + " --tensorboard " + dir.file("logs") + " --out " +
                        dir.file("run.h5"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("3 checkpoints (steps 0 … 1200), 4 parameter tensors (67 values), splits: train test, 6 metrics"),
              std::string::npos)
        << r.out;
    RunReader run(dir.file("run.h5"));
    EXPECT_EQ(run.metricNames(),
              (std::vector<std::string>{"loss_train", "accuracy", "train_loss", "train_acc", "test_loss", "test_acc"}));
    auto grok = runProcess(kExe + " grokking " + dir.file("run.h5"));
    EXPECT_EQ(grok.exitCode, 0) << grok.err;
    auto tickets = runProcess(kExe + " tickets " + dir.file("run.h5") + " --keep 0.5 --out " + dir.file("t.h5"));
    EXPECT_EQ(tickets.exitCode, 2);
    EXPECT_NE(tickets.err.find("this run's model is TorchScript"), std::string::npos) << tickets.err;
    EXPECT_EQ(run.status(), RunStatus::Finished);

    auto info = runProcess(kExe + " info " + dir.file("run.h5"));
    EXPECT_EQ(info.exitCode, 0) << info.err;
    EXPECT_NE(info.out.find("torchscript"), std::string::npos) << info.out;
    auto interp = runProcess(kExe + " interpolate " + dir.file("run.h5") + " --from first --to last --points 5 --json");
    EXPECT_EQ(interp.exitCode, 0) << interp.err;

    // Files given one by one, steps given explicitly.
    r = runProcess(base + " --checkpoints " + fixture("st/epoch=0.safetensors") + " " + fixture("st/epoch=100.safetensors") +
                   " --steps 7,9 --out " + dir.file("st.h5") + " --quiet");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(RunReader(dir.file("st.h5")).checkpointSteps(), (std::vector<int64_t>{7, 9}));
}

TEST(CliImport, DamagedAndMaliciousFilesAreRefused)
{
    TempDir dir;
    const std::string base = kExe + " import --model " + fixture("model.pt") + " --data " + fixture("data.pt");
    auto bad = events::eventFile();
    bad[40] ^= 0x01;
    std::filesystem::create_directories(dir.path() / "logs");
    events::writeEventFile(dir.file("logs/events.out.tfevents.2.host"), bad);
    auto r = runProcess(base + " --checkpoints " + fixture("pt") + " --tensorboard " + dir.file("logs") + " --out " +
                        dir.file("a.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("CRC does not match"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("a.h5")));

    r = runProcess(base + " --checkpoints " + fixture("evil.pt") + " --steps 1 --out " + dir.file("b.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("refused: the pickle asks for 'posix.system'"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(fixture("PWNED")));

    r = runProcess(kExe + " import --checkpoints " + fixture("pt") + " --out " + dir.file("c.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("import needs --checkpoints, --model, --data and --out"), std::string::npos) << r.err;
}
