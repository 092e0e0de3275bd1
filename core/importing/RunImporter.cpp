#include "core/importing/RunImporter.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/TensorConvert.h"
#include "core/importing/CheckpointFiles.h"
#include "core/importing/DataSplits.h"
#include "core/importing/FileBytes.h"
#include "core/importing/ImportChecks.h"
#include "core/importing/TensorBoardReader.h"
#include "core/importing/TensorFile.h"
#include "core/models/TorchScriptModel.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Loss.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

namespace ts {

namespace {
// All metrics share one step list (the union of their steps); a metric without a value at a
// step reads NaN there.
void appendMetricRows(RunWriter& writer, const std::vector<ScalarSeries>& series)
{
    std::set<int64_t> allSteps;
    std::vector<std::map<int64_t, double>> values(series.size());
    for (std::size_t m = 0; m < series.size(); ++m)
        for (std::size_t k = 0; k < series[m].steps.size(); ++k) {
            allSteps.insert(series[m].steps[k]);
            values[m][series[m].steps[k]] = series[m].values[k];
        }
    for (int64_t step : allSteps) {
        std::vector<double> row;
        for (const auto& v : values) {
            auto it = v.find(step);
            row.push_back(it == v.end() ? std::nan("") : it->second);
        }
        writer.appendMetrics(step, row);
    }
}
} // namespace

std::string metricNameForTag(const std::string& tag)
{
    std::string n = tag;
    std::replace(n.begin(), n.end(), '/', '_');
    if (n.empty() || n == "." || n == "..")
        n = "_" + n;
    return n;
}

ImportSummary importRun(const ImportOptions& o, Feedback* feedback)
{
    if (o.out.empty())
        throw ConfigError("no output run file given");
    if (o.model.empty())
        throw ConfigError("no TorchScript model given (the run needs a model to evaluate its checkpoints)");
    if (o.data.empty())
        throw ConfigError("no data file given (the run needs data to evaluate its checkpoints on)");
    const LossKind loss = lossKindFromName(o.loss);
    requireAvailable(o.device);
    const auto files = findCheckpoints(o.checkpoints, o.steps);

    if (feedback)
        feedback->setMessage("reading the model and data");
    RunHeader h;
    h.modelScript = readFileBytes(o.model);
    auto model = std::make_unique<TorchScriptModel>(h.modelScript, o.model);
    h.modelArch = TorchScriptModel::kArch;
    describeTensors(*model, h);
    h.lossKind = lossKindName(loss);
    h.splits = dataSplitsFromTensors(o.data, readTensorFile(o.data));
    const auto device = torchDevice(o.device);
    model->to(device); // before the check, so that a model that cannot run there fails now
    checkModelOnData(*model, h.splits, loss, o.data);

    std::vector<ScalarSeries> series;
    if (!o.tensorboard.empty())
        series = readTensorBoardScalars(o.tensorboard);
    for (const auto& s : series) {
        const std::string name = metricNameForTag(s.tag);
        if (std::find(h.metricNames.begin(), h.metricNames.end(), name) != h.metricNames.end())
            throw ConfigError(o.tensorboard + ": tags '" + s.tag + "' and another one both become metric '" + name + "'");
        h.metricNames.push_back(name);
    }
    // Evaluated metrics: (metric index, split index, accuracy?) for names TensorBoard lacks.
    struct Evaluated {
        std::size_t metric, split;
        bool accuracy;
    };
    std::vector<Evaluated> evaluated;
    std::vector<Split> splits;
    if (o.evaluate) {
        for (std::size_t s = 0; s < h.splits.size(); ++s) {
            splits.push_back(
                {h.splits[s].name, toTensor(h.splits[s].inputs).to(device), toTensor(h.splits[s].targets).to(device)});
            for (bool acc : {false, true}) {
                const std::string name = h.splits[s].name + (acc ? "_acc" : "_loss");
                if (std::find(h.metricNames.begin(), h.metricNames.end(), name) != h.metricNames.end())
                    continue;
                evaluated.push_back({h.metricNames.size(), s, acc});
                h.metricNames.push_back(name);
                series.push_back({name, {}, {}});
            }
        }
    }
    h.config = {{"task", "imported"}, {"source", "import"}, {"model", o.model}, {"data", o.data}, {"loss", h.lossKind}};
    h.config.push_back({"checkpoints", o.checkpoints.size() == 1 ? o.checkpoints[0] : std::to_string(files.size()) + " files"});
    if (!o.tensorboard.empty())
        h.config.push_back({"tensorboard", o.tensorboard});

    // One pass over the checkpoints, into a temporary file renamed at the end: a bad
    // checkpoint, a cancel or a crash leaves no half-written run (and an older run file of
    // the same name untouched).
    const std::string partial = o.out + ".importing";
    ImportSummary summary;
    try {
        RunWriter writer(partial, h);
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (feedback) {
                feedback->throwIfCancelled();
                feedback->setProgress(double(i) / double(files.size()));
                feedback->setMessage("importing " + files[i].path);
            }
            const auto tensors = readTensorFile(files[i].path);
            const auto params = matchCheckpoint(files[i].path, tensors, *model);
            const auto buffers = matchCheckpointBuffers(files[i].path, tensors, *model);
            std::vector<const float*> ptrs;
            for (const auto& p : params)
                ptrs.push_back(p.data());
            std::vector<const void*> bufferPtrs;
            for (const auto& b : buffers)
                bufferPtrs.push_back(b.bytes.data());
            writer.appendCheckpoint(files[i].step, ptrs, bufferPtrs);
            summary.steps.push_back(files[i].step);
            if (evaluated.empty())
                continue;
            {
                torch::NoGradGuard noGrad;
                for (std::size_t p = 0; p < params.size(); ++p)
                    model->params()[p].copy_(torch::from_blob(const_cast<float*>(params[p].data()),
                                                              model->params()[p].sizes(), torch::kFloat32));
                std::vector<torch::Tensor> values;
                for (const auto& b : buffers)
                    values.push_back(toTensor(b));
                model->setBufferValues(values);
            }
            std::vector<EvalResult> results;
            for (const auto& sp : splits)
                results.push_back(evaluate(*model, sp, loss));
            for (const auto& e : evaluated) {
                series[e.metric].steps.push_back(files[i].step);
                series[e.metric].values.push_back(e.accuracy ? results[e.split].accuracy : results[e.split].loss);
            }
        }
        appendMetricRows(writer, series);
        writer.setStatus(RunStatus::Finished, "imported");
        writer.close();
        std::filesystem::rename(partial, o.out);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(partial, ec);
        throw;
    }

    summary.checkpoints = int64_t(files.size());
    summary.params = model->paramNames();
    summary.parameterCount = model->parameterCount();
    for (const auto& sp : h.splits)
        summary.splits.push_back(sp.name);
    summary.metrics = h.metricNames;
    return summary;
}

} // namespace ts
