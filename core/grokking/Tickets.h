#pragma once
// Grokking tickets (Minegishi et al., "Grokking Tickets: Lottery Tickets Accelerate
// Grokking"): prune the grokked network globally by weight magnitude, rewind the surviving
// weights to their initial values, and retrain with the mask fixed and the same optimizer.
// Controls at the same sparsity: the mask of the memorising network (at t_mem) and a random
// mask. docs/grokking.md.
#include "core/ComputeDevice.h"
#include "core/Feedback.h"

#include <cstdint>
#include <string>
#include <vector>

// Masks are tensors, but the header stays torch-free (the GUI includes it): callers of the mask
// functions include LibTorch themselves.
namespace at {
class Tensor;
} // namespace at

namespace ts {

class RunReader;

// Keeps the `keep` fraction of all weights with the largest |w| (one global threshold over
// every parameter tensor). 0 < keep <= 1.
std::vector<at::Tensor> magnitudeMask(const std::vector<at::Tensor>& params, double keep);
// A uniformly random mask with exactly round(keep · n) ones over all tensors together.
std::vector<at::Tensor> randomMask(const std::vector<at::Tensor>& like, double keep, uint64_t seed);
double maskDensity(const std::vector<at::Tensor>& masks);

struct TicketOptions {
    double keep = 0.4;
    std::string maskStep = "last";  // the checkpoint whose magnitudes pick the ticket
    bool controls = true;           // also train the t_mem-mask and random-mask controls
    uint64_t randomSeed = 1;
    ComputeDevice device; // where the ticket and controls train
};

struct TicketRun {
    std::string kind;   // "dense", "ticket", "mem-mask", "random-mask"
    std::string path;   // run file ("" for the dense run's own)
    int64_t maskStep = -1;
    double density = 1.0;
    int64_t t90 = -1;   // first step with smoothed test accuracy >= 90% (−1: never)
    int64_t tMem = -1;
};

// Trains the ticket (and controls) with the dense run's settings into outPrefix + ".h5",
// outPrefix + "-mem-mask.h5" and "-random-mask.h5". Returns the dense run's events and each
// new run's.
std::vector<TicketRun> trainGrokkingTickets(const RunReader& dense, const TicketOptions& options,
                                            const std::string& outPrefix, Feedback* feedback = nullptr);

} // namespace ts
