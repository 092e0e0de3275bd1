#pragma once
// Thin RAII and error-handling helpers over the HDF5 C API, shared by RunWriter and
// RunReader. Every failing HDF5 call is turned into a FileError naming the file, with the
// most specific message of HDF5's error stack appended; HDF5's own printing to stderr is
// switched off. hdf5.h stays out of this header: ids are plain int64_t (hid_t since 1.10,
// checked by a static_assert in H5Handle.cpp).
#include <cstdint>
#include <string>
#include <vector>

namespace ts::h5 {

using Id = std::int64_t;  // hid_t
using Status = int;       // herr_t

// Which H5?close releases an id.
enum class Kind { File, Group, Dataset, Dataspace, Datatype, Attribute, PropList };

// Owns one HDF5 id and closes it with the matching H5?close. Move-only.
class Handle {
public:
    Handle() = default;
    Handle(Id id, Kind kind) : id_(id), kind_(kind) {}
    ~Handle() { reset(); }
    Handle(Handle&& o) noexcept : id_(o.id_), kind_(o.kind_) { o.id_ = -1; }
    Handle& operator=(Handle&& o) noexcept;
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    Id get() const { return id_; }
    bool valid() const { return id_ >= 0; }
    // Closes now, ignoring errors (for destructors and error paths).
    void reset() noexcept;
    // Closes now and returns the close's status (a file close can fail while flushing).
    Status close() noexcept;

private:
    Id id_ = -1;
    Kind kind_ = Kind::PropList;
};

// Switches off HDF5's automatic error printing for the calling thread. In a thread-safe
// HDF5 build the error stack and its printing setting are per thread, so every entry point
// calls this; it costs one thread_local test after the first call.
void silenceErrors();

// The most specific message on the calling thread's HDF5 error stack (where the error was
// first detected, e.g. "truncated file: eof = ..."), or "unknown HDF5 error". Call it right
// after the failing call: the next HDF5 API call clears the stack.
std::string errorMessage();
// Every message on the stack, innermost first, joined with " <- " (for diagnostics).
std::string errorStack();

// Throws FileError(file, what + " (HDF5: <errorMessage()>)"), adding ": the file is
// corrupted" before the parenthesis when HDF5 found a bad checksum.
[[noreturn]] void fail(const std::string& file, const std::string& what);
// The same with a message captured earlier.
[[noreturn]] void fail(const std::string& file, const std::string& what, const std::string& hdf5Message);
// Wraps id as a Handle of the given kind, or fail()s when id < 0.
Handle own(Id id, Kind kind, const std::string& file, const std::string& what);
// fail()s when status < 0.
void check(Status status, const std::string& file, const std::string& what);

// Attribute helpers. `obj` is an open file, group or dataset; `file` names the file in
// error messages and `objPath` the object ("/config"). Strings are written as fixed-length,
// null-padded UTF-8 (see H5Handle.cpp for why not variable-length); a value is cut at its
// first NUL. Readers accept both kinds.
bool hasAttribute(Id obj, const std::string& name, const std::string& file,
                  const std::string& objPath);
void writeStringAttribute(Id obj, const std::string& name, const std::string& value,
                          const std::string& file, const std::string& objPath);
void writeStringArrayAttribute(Id obj, const std::string& name,
                               const std::vector<std::string>& values,
                               const std::string& file, const std::string& objPath);
// A 1-D fixed-length string dataset written once (e.g. /model/param_names).
void writeStringArrayDataset(Id parent, const std::string& name, const std::vector<std::string>& values,
                             const std::string& file, const std::string& objPath);
void writeInt64Attribute(Id obj, const std::string& name, std::int64_t value,
                         const std::string& file, const std::string& objPath);
// Missing attributes and attributes of the wrong type or shape give FileErrors such as
// "missing attribute 'arch' on /model".
std::string readStringAttribute(Id obj, const std::string& name, const std::string& file,
                                const std::string& objPath);
std::vector<std::string> readStringArrayAttribute(Id obj, const std::string& name,
                                                  const std::string& file,
                                                  const std::string& objPath);
std::int64_t readInt64Attribute(Id obj, const std::string& name, const std::string& file,
                                const std::string& objPath);

// Reads every element of a string dataset or attribute (`isAttribute` chooses H5Aread or
// H5Dread) whose file type is `fileType` and dataspace `space`. Accepts variable-length and
// fixed-length strings; fixed-length values lose their null/space padding.
std::vector<std::string> readStrings(Id obj, bool isAttribute, Id fileType, Id space,
                                     const std::string& file, const std::string& objPath);

} // namespace ts::h5
