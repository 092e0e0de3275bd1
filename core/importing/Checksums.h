#pragma once
// The two CRCs that checkpoint and log formats carry: CRC-32C (Castagnoli, TFRecord framing
// of TensorBoard event files) and CRC-32 (IEEE, zip archives written by torch.save / numpy).
#include <cstddef>
#include <cstdint>

namespace ts {

uint32_t crc32c(const void* data, std::size_t size, uint32_t crc = 0);
// TFRecord's masked form: rotate right by 15 bits and add a constant, so that a CRC stored
// inside CRC'd data does not look like data.
uint32_t maskedCrc32c(const void* data, std::size_t size);
uint32_t crc32Ieee(const void* data, std::size_t size, uint32_t crc = 0);

} // namespace ts
