#pragma once
// A file's bytes for the readers: memory-mapped (a multi-gigabyte checkpoint is read by the
// page cache as it is used, not copied into the heap first) or owned in memory (tests,
// archive entries).
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace ts {

class FileBuffer {
public:
    // FileError naming path when it does not exist, is a directory or cannot be mapped.
    static std::shared_ptr<const FileBuffer> map(const std::string& path);
    static std::shared_ptr<const FileBuffer> own(std::vector<unsigned char> bytes);
    ~FileBuffer();
    FileBuffer(const FileBuffer&) = delete;
    FileBuffer& operator=(const FileBuffer&) = delete;

    const unsigned char* data() const { return data_; }
    std::size_t size() const { return size_; }

private:
    FileBuffer() = default;
    std::vector<unsigned char> owned_;
    void* mapping_ = nullptr; // from mmap, unmapped on destruction
    const unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace ts
