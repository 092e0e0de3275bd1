#include "core/analysis/ModelStateGuard.h"

#include "core/models/Model.h"

namespace ts {

ModelStateGuard::ModelStateGuard(Model& model)
    : model_(model), params_(model.flatParameters()), buffers_(model.bufferValues()), training_(model.training())
{}

ModelStateGuard::~ModelStateGuard()
{
    try {
        model_.setTraining(training_);
        model_.setFlatParameters(params_);
        model_.setBufferValues(buffers_);
    } catch (...) {
        // Destructors must not throw; the values were taken from this model, so they fit.
    }
}

} // namespace ts
