#pragma once
// Process-wide LibTorch settings: thread count and flush-to-zero for denormals.
namespace ts {

// Measured default (docs/benchmarks.md): on the 2-core reference machine the demo models
// train faster on one thread than on two.
constexpr int kDefaultTorchThreads = 1;

// Sets LibTorch's intra-op thread count (threads <= 0: the measured default) and turns on
// flush-to-zero: with weight decay 1.0 the weights of grokking runs drift into denormals
// after memorisation, and CPU arithmetic on denormals stalls training by orders of magnitude.
// Also keeps large allocations on glibc's heap (see Runtime.cpp).
void configureRuntime(int threads = 0);

int torchThreads();

} // namespace ts
