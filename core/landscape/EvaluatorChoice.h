#pragma once
// Which plane evaluator makePlaneEvaluator (core/landscape/PlaneEvaluator.h) builds: the
// fastest exact one the model has, or always the naive one. Torch-free, for landscape specs.

namespace ts {

enum class EvaluatorChoice { Fastest, Naive };

} // namespace ts
