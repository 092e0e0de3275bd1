// `trainscope landscape`: a loss surface (2-D) or slice (1-D) of a recorded run around one of
// its checkpoints, computed progressively into a surface file (docs/landscapes.md). The file is
// rewritten after every refinement level, and Ctrl-C keeps what was computed; --resume fills
// in only the points still missing.
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/CurvatureReport.h"
#include "app/cli/LandscapeOptions.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"
#include "app/cli/Processes.h"
#include "app/mpi/ProcessGroup.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/Settings.h"
#include "core/landscape/DirectionFile.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/SurfaceFile.h"
#include "core/parallel/TaskDistributor.h"
#include "core/runfile/RunReader.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace ts::cli {

namespace {
const char* kUsage =
    "usage: trainscope landscape RUN.h5 [--checkpoint last|first|STEP]\n"
    "                            [--dirs random|pca|ckpt:A,B[,C]|file:DIRS.h5|task:A.h5[,B.h5]]\n"
    "                            [--grid 51x51|51]\n"
    "                            [--range -1:1[,-1:1]|auto] [--split train|test] [--subset N]\n"
    "                            [--norm filter|layer|none] [--ignore biasbn|none] [--include-biases] [--seed N]\n"
    "                            [--mode eval|train] [--bn keep|recompute[:N]] [--batches K]\n"
    "                            [--out SURF.h5] [--save-dirs DIRS.h5] [--resume] [--save-every 10] [--naive]\n"
    "                            [--threads N] [--quiet] [--json]\n"
    "                            [--device cpu|cuda[:N]]\n"
    "A grid of one number (--grid 51) gives a 1-D slice. --dirs ckpt:A,B,C centres the plane on A.\n"
    "--dirs task:A.h5,B.h5: the plane of RUN's checkpoint + x*(A - RUN's checkpoint) + y*(B - ...), A and B\n"
    "the last checkpoints of those runs (task vectors, not normalised; one run gives a line);\n"
    "its default range is -0.5:1.5 (0 = the centre, 1 = a whole task vector).\n"
    "--range auto covers the projected training trajectory (useful with pca).\n"
    "--save-dirs writes the directions in loss-landscape's direction-file layout.\n"
    "--batches K: shuffle the split's examples (seeded by --seed) into K disjoint batches of\n"
    "floor(n/K) and compute the surface on each; the file holds their mean as <split>_loss (the\n"
    "loss on those K*floor(n/K) examples) and their sample std (n-1) as <split>_loss_std. 2 <= K <= n.\n"
    "--ignore biasbn (default) gives 1-D tensors (biases, BatchNorm weights and biases) a zero\n"
    "direction, Li et al.'s xignore=biasbn; none sets them to the weights, as Li's code does otherwise.\n"
    "Models with BatchNorm: --bn keep (default) evaluates every plane point with the centre's\n"
    "running statistics; recompute[:N] recomputes them at each point from N training examples.\n"
    "Under `mpirun -n N` the ranks share the grid (each asks for the next block of points when\n"
    "done); rank 0 writes the surface and prints. The file is saved after every level and every\n"
    "--save-every seconds, so a killed job or a lost rank keeps its work for --resume.\n";

// Mean and largest value of a metric's std map over its computed points.
std::pair<double, double> stdRange(const LandscapeSurface& surface, const std::string& metric)
{
    double sum = 0, hi = 0;
    int64_t n = 0;
    for (double v : surface.stds.at(metric))
        if (std::isfinite(v)) {
            sum += v;
            hi = std::max(hi, v);
            ++n;
        }
    return {n ? sum / double(n) : NAN, n ? hi : NAN};
}

} // namespace

int landscapeCommand(const std::vector<std::string>& args)
{
    auto options = landscapeSpecOptions();
    for (const char* name : {"out", "save-dirs", "threads", "save-every", "batches"})
        options.push_back({name});
    for (const char* flag : {"resume", "naive", "quiet", "json", "help"})
        options.push_back({flag, false});
    options.push_back(deviceOptionSpec());
    CommandLine cl(args, options);
    if (cl.has("help")) {
        std::fputs(kUsage, stdout);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() != 1)
        throw UsageError(std::string("landscape needs exactly one run file\n") + kUsage);
    LandscapeSpec spec = landscapeSpecFromCommandLine(cl);
    const ComputeDevice device = deviceFromCommandLine(cl);
    int64_t threads = 0;
    if (cl.has("threads") && !parseInt64(cl.value("threads"), threads))
        throw UsageError("--threads must be a whole number");
    spec.evaluator = cl.has("naive") ? EvaluatorChoice::Naive : EvaluatorChoice::Fastest;
    if (cl.has("batches") && (!parseInt64(cl.value("batches"), spec.batches) || spec.batches < 2))
        throw UsageError("--batches must be a whole number of at least 2 (the spread of one batch is not defined)");
    double saveEvery = 10.0;
    if (cl.has("save-every") && (!parseDouble(cl.value("save-every"), saveEvery) || !(saveEvery > 0)))
        throw UsageError("--save-every must be a positive number of seconds");
    configureRuntime(int(threads));
    auto& group = processes();
    const bool root = group.isRoot();
    const bool quiet = cl.has("quiet") || cl.has("json") || !root;
    const std::string out = cl.value("out", "surface.h5");

    // Every rank loads the run and makes the same directions (seeded); only the root reads a
    // surface to resume and writes files. The ranks agree that all could start before any
    // work is handed out.
    std::unique_ptr<RunReader> run;
    std::unique_ptr<LandscapeJob> job;
    LandscapeSurface surface;
    group.agree([&] {
        run = std::make_unique<RunReader>(cl.positionals().front());
        job = std::make_unique<LandscapeJob>(*run, spec, device);
        surface = job->newSurface();
        const int64_t points = surface.nx() * surface.ny();
        if (group.size() > points)
            throw ConfigError("mpirun started " + std::to_string(group.size()) + " ranks but the grid has only " +
                              std::to_string(points) + " points: start at most " + std::to_string(points));
        if (!root)
            return;
        if (cl.has("resume") && std::filesystem::exists(out)) {
            surface = readSurfaceFile(out);
            job->checkResumable(surface);
        }
        if (cl.has("save-dirs"))
            writeDirectionFile(cl.value("save-dirs"), job->model(), job->directions());
        writeSurfaceFile(out, surface); // fails early when the output cannot be written
    });
    const int64_t total = surface.nx() * surface.ny();
    const int64_t before = surface.computedPoints(spec.split + "_loss");
    const std::string method = job->method();
    if (!quiet)
        std::fprintf(stderr, "landscape of %s at step %lld: %lld×%lld %s grid on '%s', %s directions, %s evaluator%s -> %s\n",
                     run->path().c_str(), static_cast<long long>(surface.checkpointStep),
                     static_cast<long long>(surface.nx()), static_cast<long long>(surface.ny()),
                     surface.is2d() ? "2-D" : "1-D", spec.split.c_str(), spec.directions.c_str(), method.c_str(),
                     group.distributed() ? (", " + std::to_string(group.size()) + " MPI ranks").c_str() : "",
                     out.c_str());
    if (job->model().hasBuffers() && !quiet)
        std::fprintf(stderr, "evaluating in %s mode; plane points use %s BatchNorm statistics\n",
                     spec.trainMode ? "train (batch statistics)" : "eval",
                     spec.trainMode ? "batch" : spec.bn == "keep" ? "the centre checkpoint's"
                                                                   : ("recomputed (" + spec.bn + ")").c_str());
    if (!job->warning().empty() && root)
        std::fprintf(stderr, "warning: %s\n", job->warning().c_str());
    ConsoleFeedback feedback(quiet, "landscape");
    InterruptGuard interrupt(feedback);
    const auto t0 = std::chrono::steady_clock::now();
    bool interrupted = false;
    // The file is rewritten after every level and every --save-every seconds within one: a job
    // that is killed (or loses a rank) keeps what it computed, and --resume continues from there.
    SurfaceObservers save;
    save.partialSeconds = saveEvery;
    save.level = [&](const LandscapeSurface& s, int, int) { writeSurfaceFile(out, s); };
    save.partial = [&](const LandscapeSurface& s) { writeSurfaceFile(out, s); };
    auto kept = [&] {
        return out + " holds " + std::to_string(surface.computedPoints(spec.split + "_loss")) + " of " +
               std::to_string(total) + " points (continue with --resume)";
    };
    try {
        job->compute(surface, &feedback, save, group.tasks());
    } catch (const Cancelled&) {
        interrupted = true;
    } catch (const PeerStopped&) {
        throw; // another rank stopped the job; the root reports
    } catch (const Error& e) {
        if (!root)
            throw;
        writeSurfaceFile(out, surface);
        throw Error(std::string(e.what()) + "; " + kept());
    } catch (...) {
        if (root)
            writeSurfaceFile(out, surface);
        throw;
    }
    if (!root)
        return kExitOk;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    writeSurfaceFile(out, surface); // every point computed so far: --resume continues from here
    feedback.finish();
    const int64_t computed = surface.computedPoints(spec.split + "_loss");
    if (interrupted) {
        std::fprintf(stderr, "trainscope: interrupted; %s\n", kept().c_str());
        return kExitInterrupted;
    }
    const auto& loss = surface.values.at(spec.split + "_loss");
    double lo = INFINITY, hi = -INFINITY;
    for (double v : loss)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const double rate = seconds > 0 ? double(computed - before) / seconds : 0.0;
    // Curvature needs an interior: 2-D grids of at least 3×3.
    const bool curvature = surface.is2d() && surface.nx() >= 3 && surface.ny() >= 3;
    const SurfaceCurvature shape = curvature ? surfaceCurvature(surface, spec.split + "_loss") : SurfaceCurvature();
    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("out").value(out).key("run").value(run->path()).key("checkpoint").value(surface.checkpointStep);
        // Asked again: an evaluator may settle its method at the first point (TorchScriptPlane).
        j.key("directions").value(surface.directions).key("method").value(job->method()).key("split").value(spec.split);
        j.key("nx").value(surface.nx()).key("ny").value(surface.is2d() ? surface.ny() : int64_t(0));
        j.key("points").value(total).key("computed").value(computed - before).key("seconds").value(seconds);
        j.key("points_per_second").value(rate).key("loss_min").value(lo).key("loss_max").value(hi);
        if (surface.batches >= 2) {
            const auto spread = stdRange(surface, spec.split + "_loss");
            j.key("batches").value(surface.batches).key("loss_std_mean").value(spread.first)
                .key("loss_std_max").value(spread.second);
        }
        if (curvature) {
            j.key("curvature");
            writeCurvatureJson(j, shape);
        }
        j.key("explained_variance").beginArray();
        for (double v : surface.explainedVariance)
            j.value(v);
        j.endArray().key("trajectory").beginArray();
        for (const auto& p : surface.trajectory)
            j.beginObject().key("step").value(p.step).key("x").value(p.x).key("y").value(p.y).key("residual").value(p.residual)
                .key("loss").value(p.loss).endObject();
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
    } else {
        std::printf("%s: %lld points in %.2f s (%.1f points/s), %s loss %.4g .. %.4g\n", out.c_str(),
                    static_cast<long long>(computed - before), seconds, rate, spec.split.c_str(), lo, hi);
        if (surface.batches >= 2) {
            const auto spread = stdRange(surface, spec.split + "_loss");
            std::printf("%s_std over %lld batches: mean %.4g, max %.4g\n", (spec.split + "_loss").c_str(),
                        static_cast<long long>(surface.batches), spread.first, spread.second);
        }
        if (curvature)
            std::printf("%s: %s\n", (spec.split + "_loss").c_str(), curvatureText(shape).c_str());
        double worst = 0;
        for (const auto& p : surface.trajectory)
            worst = std::max(worst, p.residual);
        if (!surface.trajectory.empty())
            std::printf("trajectory: %zu checkpoints, largest distance from the %s %.4g\n", surface.trajectory.size(),
                        surface.is2d() ? "plane" : "line", worst);
    }
    return kExitOk;
}

} // namespace ts::cli
