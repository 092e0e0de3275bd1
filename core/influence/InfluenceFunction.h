#pragma once
// Influence functions at one checkpoint (Koh & Liang 2017): score(z, z') = ∇ℓ(z')ᵀ (C + λI)⁻¹ ∇ℓ(z),
// positive when a step on z lowers the loss on z' (the contract's sign: −I_up,loss of Koh & Liang).
// C is the curvature of the mean training loss: EK-FAC's Fisher approximation (EkfacCurvature),
// or the Hessian, inverted by conjugate gradients on Hessian-vector products or by a dense solve
// (models of at most kMaxExactParameters parameters). λ = damping × mean eigenvalue of C
// (relative) or damping itself (absoluteDamping).
#include "core/influence/InfluenceResult.h"

namespace ts {

class Feedback;
class RunReader;
struct LoadedRun;

constexpr int64_t kMaxExactParameters = 5000;

InfluenceScores influenceFunction(const RunReader& run, LoadedRun& loaded, const InfluenceOptions& options,
                                  Feedback* feedback);

} // namespace ts
