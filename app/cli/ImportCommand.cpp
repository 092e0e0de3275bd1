// `trainscope import`: a run file from checkpoints saved by a PyTorch training script
// (torch.save state dicts or safetensors), a TorchScript model, a data file and optionally
// TensorBoard logs. Nothing in the files is executed (see docs/importing.md).
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"

#include "core/Error.h"
#include "core/Settings.h"
#include "core/importing/RunImporter.h"

#include <cstdio>
#include <sstream>

namespace ts::cli {

namespace {
const char* kUsage =
    "usage: trainscope import --checkpoints DIR|FILE... --model MODEL.pt --data DATA.pt --out RUN.h5\n"
    "                         [--tensorboard LOGDIR] [--steps S1,S2,...] [--loss cross_entropy|logistic|mse]\n"
    "                         [--no-evaluate] [--device cpu|cuda[:N]]\n"
    "  --checkpoints  a directory of .pt/.pth/.t7/.bin/.safetensors files, or the files themselves;\n"
    "                 steps come from the file names (step_1200.pt, epoch=3.safetensors) or --steps\n"
    "  --model        the model as TorchScript (torch.jit.save of torch.jit.script or trace)\n"
    "  --data         splits as tensors: torch.save({'train': (x, y), 'test': (x, y)}), a .safetensors\n"
    "                 or .npz file with train_x/train_y..., or a directory of .npy files\n"
    "  --tensorboard  an event file or log directory; its scalars become the run's metrics\n"
    "  --no-evaluate  do not compute <split>_loss and <split>_acc at every checkpoint\n"
    "  --device       where the model evaluates the checkpoints: cpu (default), cuda or cuda:N\n";

std::vector<int64_t> parseSteps(const std::string& text)
{
    std::vector<int64_t> steps;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        int64_t s = 0;
        if (!parseInt64(item, s))
            throw UsageError("--steps '" + text + "' is not a comma-separated list of whole numbers");
        steps.push_back(s);
    }
    return steps;
}
} // namespace

int importCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"checkpoints", true, true}, {"model"}, {"data"}, {"tensorboard"}, {"steps"}, {"loss"}, {"out"}, {"no-evaluate", false},
                          {"quiet", false}, {"help", false}, deviceOptionSpec()});
    if (cl.has("help")) {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    ImportOptions o;
    o.checkpoints = cl.values("checkpoints");
    // A shell glob after --checkpoints leaves its other files as positionals.
    o.checkpoints.insert(o.checkpoints.end(), cl.positionals().begin(), cl.positionals().end());
    if (o.checkpoints.empty() || !cl.has("model") || !cl.has("data") || !cl.has("out"))
        throw UsageError(std::string("import needs --checkpoints, --model, --data and --out\n") + kUsage);
    o.model = cl.value("model");
    o.data = cl.value("data");
    o.out = cl.value("out");
    o.tensorboard = cl.value("tensorboard");
    o.loss = cl.value("loss", "cross_entropy");
    if (cl.has("steps"))
        o.steps = parseSteps(cl.value("steps"));
    o.evaluate = !cl.has("no-evaluate");
    o.device = deviceFromCommandLine(cl);

    ConsoleFeedback progress(cl.has("quiet"), "import");
    InterruptGuard interrupt(progress);
    ImportSummary s;
    try {
        s = importRun(o, &progress);
    } catch (const Cancelled&) {
        // The importer writes into OUT.importing and removes it on any exception.
        progress.finish();
        std::fprintf(stderr, "trainscope import: interrupted; nothing was written\n");
        return kExitInterrupted;
    }
    progress.finish();
    if (!cl.has("quiet")) {
        std::printf("%s: %lld checkpoints (steps %lld … %lld), %zu parameter tensors (%lld values), splits:",
                    o.out.c_str(), static_cast<long long>(s.checkpoints), static_cast<long long>(s.steps.front()),
                    static_cast<long long>(s.steps.back()), s.params.size(), static_cast<long long>(s.parameterCount));
        for (const auto& n : s.splits)
            std::printf(" %s", n.c_str());
        std::printf(", %zu metrics\n", s.metrics.size());
    }
    return kExitOk;
}

} // namespace ts::cli
