#include "app/cli/LandscapeOptions.h"

#include "app/cli/EvaluationOptions.h"

#include "core/Error.h"
#include "core/Settings.h"

#include <tuple>

namespace ts::cli {

std::vector<OptionSpec> landscapeSpecOptions()
{
    auto specs = EvaluationOptions::specs();
    specs.insert(specs.end(), {{"checkpoint"}, {"dirs"}, {"grid"}, {"range"}, {"split"}, {"subset"}, {"norm"},
                               {"include-biases", false}, {"ignore"}, {"seed"}});
    return specs;
}

LandscapeSpec landscapeSpecFromCommandLine(const CommandLine& cl)
{
    LandscapeSpec spec;
    spec.checkpoint = cl.value("checkpoint", "last");
    spec.directions = cl.value("dirs", "random");
    const std::string grid = cl.value("grid", "51x51");
    const auto x = grid.find('x');
    if (!parseInt64(grid.substr(0, x), spec.nx) || (x != std::string::npos && !parseInt64(grid.substr(x + 1), spec.ny)))
        throw UsageError("--grid '" + grid + "' is not NX or NXxNY");
    if (x == std::string::npos)
        spec.ny = 0;
    else if (spec.ny < 1)
        throw ConfigError("--grid " + grid + ": the y grid needs at least 1 point");
    // Task vectors are unnormalised: 0 is the base and 1 a whole task vector, so their default
    // window covers both and some way beyond.
    const bool taskDirections = spec.directions.rfind("task:", 0) == 0;
    const std::string range = cl.value("range", taskDirections ? "-0.5:1.5" : "-1:1");
    spec.autoRange = range == "auto";
    const auto comma = range.find(',');
    if (!spec.autoRange) {
        std::tie(spec.xmin, spec.xmax) = parseRange(range.substr(0, comma), "--range", "LO:HI,LO:HI or auto");
        std::tie(spec.ymin, spec.ymax) =
            comma == std::string::npos ? std::make_pair(spec.xmin, spec.xmax)
                                       : parseRange(range.substr(comma + 1), "--range", "LO:HI,LO:HI or auto");
    }
    spec.split = cl.value("split", "train");
    if (cl.has("subset") && !parseInt64(cl.value("subset"), spec.subset))
        throw UsageError("--subset must be a whole number");
    spec.random.norm = directionNormFromName(cl.value("norm", "filter"));
    spec.random.includeBiases = cl.has("include-biases");
    const std::string ignore = cl.value("ignore", "biasbn");
    if (ignore == "none")
        spec.random.ignore = DirectionIgnore::None;
    else if (ignore != "biasbn")
        throw UsageError("--ignore '" + ignore + "' is not biasbn or none");
    if (ignore == "none" && spec.random.includeBiases)
        throw UsageError("--ignore none and --include-biases are two different rules for 1-D tensors: choose one");
    const auto evaluation = EvaluationOptions::parse(cl, "keep");
    spec.trainMode = evaluation.trainMode;
    spec.bn = evaluation.bn.toString();
    int64_t seed = 0;
    if (cl.has("seed") && (!parseInt64(cl.value("seed"), seed) || seed < 0))
        throw UsageError("--seed must be a non-negative whole number");
    spec.random.seed = uint64_t(seed);
    return spec;
}

} // namespace ts::cli
