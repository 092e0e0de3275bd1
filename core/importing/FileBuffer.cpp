#include "core/importing/FileBuffer.h"

#include "core/Error.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace ts {

std::shared_ptr<const FileBuffer> FileBuffer::map(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw FileError(path, "no such file");
    if (std::filesystem::is_directory(path, ec))
        throw FileError(path, "is a directory, not a file");
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw FileError(path, std::string("cannot be opened for reading (") + std::strerror(errno) + ")");
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        throw FileError(path, "cannot be read");
    }
    std::shared_ptr<FileBuffer> b(new FileBuffer);
    b->size_ = static_cast<std::size_t>(st.st_size);
    if (b->size_ > 0) {
        void* m = ::mmap(nullptr, b->size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            throw FileError(path, std::string("cannot be mapped into memory (") + std::strerror(err) + ")");
        }
        ::madvise(m, b->size_, MADV_SEQUENTIAL);
        b->mapping_ = m;
        b->data_ = static_cast<const unsigned char*>(m);
    }
    ::close(fd); // the mapping stays valid
    return b;
}

std::shared_ptr<const FileBuffer> FileBuffer::own(std::vector<unsigned char> bytes)
{
    std::shared_ptr<FileBuffer> b(new FileBuffer);
    b->owned_ = std::move(bytes);
    b->data_ = b->owned_.data();
    b->size_ = b->owned_.size();
    return b;
}

FileBuffer::~FileBuffer()
{
    if (mapping_)
        ::munmap(mapping_, size_);
}

} // namespace ts
