#include "core/importing/ImportPreview.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/importing/DataSplits.h"
#include "core/importing/ImportChecks.h"
#include "core/importing/TensorBoardReader.h"
#include "core/importing/TensorFile.h"
#include "core/models/TorchScriptModel.h"
#include "core/tasks/TaskData.h"

#include <torch/torch.h>

#include <functional>
#include <memory>

namespace ts {

namespace {
// Runs part, keeping a ts::Error's message (or a stray exception's) in error; a cancel
// before it (or inside it) ends the whole preview.
void inspect(const Feedback* feedback, std::string& error, const std::function<void()>& part)
{
    if (feedback)
        feedback->throwIfCancelled();
    try {
        part();
    } catch (const Cancelled&) {
        throw;
    } catch (const Error& e) {
        error = e.what();
    } catch (const std::exception& e) {
        error = std::string("unexpected error: ") + e.what();
    }
}
} // namespace

bool ImportPreview::ok() const { return problems().empty(); }

std::vector<std::string> ImportPreview::problems() const
{
    std::vector<std::string> out;
    for (const std::string* e :
         {&checkpointsError, &modelError, &dataError, &tensorboardError, &firstCheckpointError, &modelOnDataError})
        if (!e->empty())
            out.push_back(*e);
    return out;
}

ImportPreview previewImport(const ImportOptions& o, const Feedback* feedback)
{
    ImportPreview p;
    inspect(feedback, p.checkpointsError, [&] { p.checkpoints = findCheckpoints(o.checkpoints, o.steps); });

    std::unique_ptr<TorchScriptModel> model;
    inspect(feedback, p.modelError, [&] {
        if (o.model.empty())
            throw ConfigError("no TorchScript model given");
        model = TorchScriptModel::fromFile(o.model);
        for (std::size_t i = 0; i < model->params().size(); ++i)
            p.params.push_back({model->paramNames()[i], model->params()[i].sizes().vec()});
        p.parameterCount = model->parameterCount();
    });

    std::vector<SplitData> splits;
    inspect(feedback, p.dataError, [&] {
        if (o.data.empty())
            throw ConfigError("no data file given");
        splits = dataSplitsFromTensors(o.data, readTensorFile(o.data));
        for (const auto& s : splits)
            p.splits.push_back({s.name, s.inputs.shape, s.targets.shape, dtypeName(s.inputs.dtype), dtypeName(s.targets.dtype)});
    });

    if (!o.tensorboard.empty())
        inspect(feedback, p.tensorboardError, [&] {
            for (const auto& s : readTensorBoardScalars(o.tensorboard))
                p.metrics.push_back({metricNameForTag(s.tag), s.tag, s.steps.size()});
        });

    if (model && !p.checkpoints.empty())
        inspect(feedback, p.firstCheckpointError, [&] {
            const auto& first = p.checkpoints.front().path;
            const auto tensors = readTensorFile(first);
            matchCheckpoint(first, tensors, *model);
            matchCheckpointBuffers(first, tensors, *model); // what the import refuses, the preview says
        });
    if (model && !splits.empty())
        inspect(feedback, p.modelOnDataError,
                [&] { checkModelOnData(*model, splits, lossKindFromName(o.loss), o.data); });
    if (feedback)
        feedback->throwIfCancelled();
    return p;
}

} // namespace ts
