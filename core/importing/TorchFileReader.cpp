#include "core/importing/TorchFileReader.h"

#include "core/Error.h"
#include "core/importing/FileBuffer.h"
#include "core/importing/SafeUnpickler.h"
#include "core/importing/ZipArchive.h"

#include <cstring>
#include <map>

namespace ts {

namespace {
using K = PickleValue::Kind;

class TensorCollector {
public:
    TensorCollector(const ZipArchive& zip, std::string prefix) : zip_(zip), prefix_(std::move(prefix)) {}

    void walk(const PickleRef& v, const std::string& name, std::vector<TensorRecord>& out, int depth = 0)
    {
        // A pickle can build containers that hold themselves: depth bounds the walk.
        if (depth > 100)
            throw FileError(zip_.path(), "the pickled object is nested more than 100 levels deep (or contains itself)");
        // Shared containers (memo references) can make the walk exponential in the file size
        // (x = (y, y), y = (z, z), ...): no checkpoint visits anywhere near this many.
        if ((v->kind == K::Dict || v->kind == K::Tuple || v->kind == K::List) && ++containers_ > 1'000'000)
            throw FileError(zip_.path(), "the pickled object has more than 1,000,000 containers (counting repeats)");
        auto child = [&](const std::string& key) { return name.empty() ? key : name + "." + key; };
        switch (v->kind) {
        case K::Dict:
            for (const auto& [k, item] : v->dict) {
                if (k->kind == K::String)
                    walk(item, child(k->text), out, depth + 1);
                else if (k->kind == K::Int)
                    walk(item, child(std::to_string(k->integer)), out, depth + 1);
            }
            break;
        case K::Tuple:
        case K::List:
            for (std::size_t i = 0; i < v->items.size(); ++i)
                walk(v->items[i], child(std::to_string(i)), out, depth + 1);
            break;
        case K::Tensor: out.push_back(materialise(*v, name.empty() ? "tensor" : name)); break;
        default: break;
        }
    }

private:
    // A storage's bytes inside the archive (CRC-checked once), and its size.
    struct Bytes {
        const unsigned char* data;
        uint64_t size;
    };
    const Bytes& storage(const PickleValue& s, const std::string& tensor)
    {
        auto it = storages_.find(s.text);
        if (it != storages_.end())
            return it->second;
        const std::string entry = prefix_ + "data/" + s.text;
        const auto* e = zip_.find(entry);
        if (!e)
            throw FileError(zip_.path(), "tensor '" + tensor + "': storage entry '" + entry + "' is missing");
        const Bytes bytes{zip_.view(*e), e->size};
        if (s.storageNumel < 0 || s.storageNumel > (int64_t(1) << 56) ||
            bytes.size < uint64_t(s.storageNumel) * elemTypeSize(s.storageType))
            throw FileError(zip_.path(), "tensor '" + tensor + "': storage entry '" + entry + "' holds " +
                                             std::to_string(bytes.size) + " bytes, fewer than its " +
                                             std::to_string(s.storageNumel) + " elements need");
        return storages_.emplace(s.text, bytes).first->second;
    }

    static bool isContiguous(const PickleValue& t)
    {
        int64_t expected = 1;
        for (std::size_t d = t.sizes.size(); d-- > 0;) {
            if (t.sizes[d] != 1 && t.strides[d] != expected)
                return false;
            expected *= t.sizes[d];
        }
        return true;
    }

    // Copies the (possibly strided, offset) view into a contiguous row-major record.
    TensorRecord materialise(const PickleValue& t, const std::string& name)
    {
        const PickleValue& s = *t.items[0];
        const unsigned char* data = storage(s, name).data;
        TensorRecord r;
        r.name = name;
        r.type = s.storageType;
        r.shape = t.sizes;
        const std::size_t es = elemTypeSize(r.type);
        int64_t numel = 1, maxIndex = t.offset;
        bool overflow = false;
        for (std::size_t d = 0; d < t.sizes.size(); ++d) {
            if (t.sizes[d] < 0 || t.strides[d] < 0)
                throw FileError(zip_.path(), "tensor '" + name + "' has a negative size or stride");
            int64_t reach = 0;
            overflow |= __builtin_mul_overflow(numel, t.sizes[d], &numel);
            if (t.sizes[d] > 0) {
                overflow |= __builtin_mul_overflow(t.sizes[d] - 1, t.strides[d], &reach);
                overflow |= __builtin_add_overflow(maxIndex, reach, &maxIndex);
            }
        }
        if (overflow || numel > (int64_t(1) << 40))
            throw FileError(zip_.path(), "tensor '" + name + "' has an impossible size " + shapeToString(t.sizes));
        if (t.offset < 0 || (numel > 0 && maxIndex >= s.storageNumel))
            throw FileError(zip_.path(), "tensor '" + name + "' " + shapeToString(t.sizes) + " reaches element " +
                                             std::to_string(maxIndex) + " of a storage of " +
                                             std::to_string(s.storageNumel) + " (the file is corrupted)");
        r.bytes.resize(std::size_t(numel) * es);
        if (numel == 0) // no copy: memcpy may not be given an empty vector's null pointer
            return r;
        if (isContiguous(t)) { // the common case: one copy
            std::memcpy(r.bytes.data(), data + std::size_t(t.offset) * es, r.bytes.size());
            return r;
        }
        std::vector<int64_t> idx(t.sizes.size(), 0);
        for (int64_t i = 0; i < numel; ++i) {
            int64_t src = t.offset;
            for (std::size_t d = 0; d < idx.size(); ++d)
                src += idx[d] * t.strides[d];
            std::memcpy(r.bytes.data() + std::size_t(i) * es, data + std::size_t(src) * es, es);
            for (std::size_t d = idx.size(); d-- > 0;) {
                if (++idx[d] < t.sizes[d])
                    break;
                idx[d] = 0;
            }
        }
        return r;
    }

    const ZipArchive& zip_;
    std::string prefix_;
    std::map<std::string, Bytes> storages_;
    int64_t containers_ = 0;
};
} // namespace

std::vector<TensorRecord> readTorchFile(const std::string& path) { return parseTorchFile(path, FileBuffer::map(path)); }

std::vector<TensorRecord> parseTorchFile(const std::string& path, std::vector<unsigned char> bytes)
{
    return parseTorchFile(path, FileBuffer::own(std::move(bytes)));
}

std::vector<TensorRecord> parseTorchFile(const std::string& path, std::shared_ptr<const FileBuffer> file)
{
    if (!ZipArchive::looksLikeZip(file->data(), file->size())) {
        if (file->size() >= 2 && file->data()[0] == 0x80)
            throw FileError(path, "was saved in PyTorch's legacy format (before 1.6), which is not supported; "
                                  "re-save it with a current torch.save");
        throw FileError(path, file->size() == 0 ? "is empty" : "is not a PyTorch file (torch.save's zip format)");
    }
    ZipArchive zip(path, std::move(file));
    const ZipArchive::Entry* pkl = nullptr;
    for (const auto& e : zip.entries()) {
        const std::string suffix = "data.pkl";
        if (e.name.size() >= suffix.size() && e.name.compare(e.name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
            e.name.find('/') == e.name.size() - suffix.size() - 1) {
            pkl = &e;
            break;
        }
    }
    for (const auto& e : zip.entries())
        if (e.name.find("constants.pkl") != std::string::npos)
            throw FileError(path, "is a TorchScript model, not a file of tensors");
    if (!pkl) {
        throw FileError(path, "is a zip archive but not a torch.save file (no <name>/data.pkl entry)");
    }
    const std::string prefix = pkl->name.substr(0, pkl->name.size() - std::string("data.pkl").size());
    if (const auto* order = zip.find(prefix + "byteorder")) {
        const auto b = zip.read(*order);
        if (std::string(b.begin(), b.end()) != "little")
            throw FileError(path, "stores big-endian tensors, which are not supported");
    }
    const auto pickle = zip.read(*pkl);
    PickleRef root;
    try {
        root = SafeUnpickler::load(pickle.data(), pickle.size());
    } catch (const ConfigError& e) {
        throw FileError(path, std::string(e.what()));
    }
    std::vector<TensorRecord> out;
    TensorCollector(zip, prefix).walk(root, "", out);
    return out;
}

} // namespace ts
