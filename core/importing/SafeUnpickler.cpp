#include "core/importing/SafeUnpickler.h"

#include "core/Error.h"
#include "core/importing/LittleEndian.h"

#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace ts {

namespace {
using K = PickleValue::Kind;

struct StorageType {
    const char* name;
    ElemType type;
};
constexpr StorageType kStorages[] = {
    {"FloatStorage", ElemType::F32}, {"DoubleStorage", ElemType::F64}, {"HalfStorage", ElemType::F16},
    {"BFloat16Storage", ElemType::BF16}, {"LongStorage", ElemType::I64}, {"IntStorage", ElemType::I32},
    {"ShortStorage", ElemType::I16}, {"CharStorage", ElemType::I8}, {"ByteStorage", ElemType::U8},
    {"BoolStorage", ElemType::Bool},
};

const char* const kFunctions[] = {
    "collections.OrderedDict", "torch._utils._rebuild_tensor", "torch._utils._rebuild_tensor_v2",
    "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state",
};

class Machine {
public:
    Machine(const unsigned char* data, std::size_t size) : p_(data), begin_(data), end_(data + size) {}
    Machine(const Machine&) = delete;
    Machine& operator=(const Machine&) = delete;
    // APPEND and SETITEM(S) can put a list or dict inside itself, which shared ownership never
    // frees: every container they changed is emptied here unless the returned value (checked
    // to be acyclic by stop()) still holds it.
    ~Machine()
    {
        for (const auto& c : mutated_)
            if (!kept_.count(c.get())) {
                c->items.clear();
                c->dict.clear();
            }
    }

    PickleRef run()
    {
        for (;;) {
            op_ = std::size_t(p_ - begin_);
            const unsigned char code = byte();
            switch (code) {
            case 0x80: byte(); break;                // PROTO
            case 0x95: take(8); break;               // FRAME (a size hint)
            case '.': return stop();                 // STOP
            case '(': marks_.push_back(stack_.size()); break;
            case '}': push(PickleValue::make(K::Dict)); break;
            case ']': push(PickleValue::make(K::List)); break;
            case ')': push(PickleValue::make(K::Tuple)); break;
            case 'N': push(PickleValue::make(K::None)); break;
            case 0x88: push(boolean(true)); break;   // NEWTRUE
            case 0x89: push(boolean(false)); break;  // NEWFALSE
            case 'J': push(integer(readLittleEndian<int32_t>(take(4)))); break;
            case 'K': push(integer(byte())); break;
            case 'M': push(integer(readLittleEndian<uint16_t>(take(2)))); break;
            case 0x8a: push(long1()); break;         // LONG1
            case 'G': push(real()); break;           // BINFLOAT (big-endian double)
            case 'X': push(string(K::String, readLittleEndian<uint32_t>(take(4)))); break;  // BINUNICODE
            case 0x8c: push(string(K::String, byte())); break;                               // SHORT_BINUNICODE
            case 0x8d: push(string(K::String, readLittleEndian<uint64_t>(take(8)))); break;  // BINUNICODE8
            case 'T': push(string(K::String, readLittleEndian<uint32_t>(take(4)))); break;  // BINSTRING
            case 'U': push(string(K::String, byte())); break;                                // SHORT_BINSTRING
            case 'B': push(string(K::Bytes, readLittleEndian<uint32_t>(take(4)))); break;   // BINBYTES
            case 'C': push(string(K::Bytes, byte())); break;                                 // SHORT_BINBYTES
            case 't': push(tupleFrom(popMark())); break;
            case 0x85: tupleN(1); break;
            case 0x86: tupleN(2); break;
            case 0x87: tupleN(3); break;
            case 'l': { auto l = PickleValue::make(K::List); l->items = popMark(); push(l); break; } // LIST
            case 'd': dictFrom(PickleValue::make(K::Dict), popMark()); break;                     // DICT
            case 'a': { auto v = pop(); container(K::List)->items.push_back(v); break; }           // APPEND
            case 'e': { auto vs = popMark(); auto& l = container(K::List)->items; l.insert(l.end(), vs.begin(), vs.end()); break; }
            case 's': { auto v = pop(); auto k = pop(); container(K::Dict)->dict.emplace_back(k, v); break; }
            case 'u': { auto vs = popMark(); dictFrom(container(K::Dict), vs, false); break; }     // SETITEMS
            case 'q': memo_[byte()] = top(); break;                                                 // BINPUT
            case 'r': memo_[readLittleEndian<uint32_t>(take(4))] = top(); break;                   // LONG_BINPUT
            case 0x94: memo_[uint32_t(memo_.size())] = top(); break;                                // MEMOIZE
            case 'h': push(memo(byte())); break;                                                    // BINGET
            case 'j': push(memo(readLittleEndian<uint32_t>(take(4)))); break;                       // LONG_BINGET
            case '0': pop(); break;                                                                 // POP
            case '1': popMark(); break;                                                             // POP_MARK
            case '2': push(top()); break;                                                           // DUP
            case 'c': { const auto m = line(); const auto n = line(); push(global(m, n)); break; }  // GLOBAL
            case 0x93: { auto n = pop(); auto m = pop(); push(global(text(m), text(n))); break; }  // STACK_GLOBAL
            case 'Q': push(persistent(pop())); break;                                               // BINPERSID
            case 'R': { auto args = pop(); auto f = pop(); push(reduce(f, args)); break; }          // REDUCE
            case 'b': build(); break;                                                               // BUILD
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", code);
                fail(std::string("unsupported pickle opcode ") + hex + " (not needed for tensors and plain containers)");
            }
            }
        }
    }

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        throw ConfigError(what + " at byte " + std::to_string(op_) + " of the pickle");
    }
    const unsigned char* take(std::size_t n)
    {
        if (std::size_t(end_ - p_) < n)
            fail("the pickle is truncated");
        const auto* at = p_;
        p_ += n;
        return at;
    }
    unsigned char byte() { return *take(1); }
    void push(PickleRef v)
    {
        if (stack_.size() > 1'000'000)
            fail("the pickle's stack is too deep");
        stack_.push_back(std::move(v));
    }
    PickleRef pop()
    {
        if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back()))
            fail("the pickle pops an empty stack");
        auto v = std::move(stack_.back());
        stack_.pop_back();
        return v;
    }
    PickleRef top()
    {
        if (stack_.empty())
            fail("the pickle reads an empty stack");
        return stack_.back();
    }
    std::vector<PickleRef> popMark()
    {
        if (marks_.empty())
            fail("the pickle has no MARK to pop to");
        const std::size_t m = marks_.back();
        marks_.pop_back();
        std::vector<PickleRef> items(stack_.begin() + std::ptrdiff_t(m), stack_.end());
        stack_.resize(m);
        return items;
    }
    PickleRef container(K kind)
    {
        auto c = top();
        if (c->kind != kind)
            fail(std::string("the pickle adds items to something that is not a ") + (kind == K::List ? "list" : "dict"));
        if (mutatedSet_.insert(c.get()).second)
            mutated_.push_back(c);
        return c;
    }
    PickleRef memo(uint32_t key)
    {
        auto it = memo_.find(key);
        if (it == memo_.end())
            fail("the pickle reads memo entry " + std::to_string(key) + ", which was never stored");
        return it->second;
    }
    static PickleRef boolean(bool b)
    {
        auto v = PickleValue::make(K::Bool);
        v->boolean = b;
        return v;
    }
    static PickleRef integer(int64_t i)
    {
        auto v = PickleValue::make(K::Int);
        v->integer = i;
        return v;
    }
    PickleRef long1()
    {
        const unsigned n = byte();
        if (n > 8)
            fail("an integer is larger than 64 bits");
        const unsigned char* b = take(n);
        uint64_t u = 0;
        for (unsigned i = 0; i < n; ++i)
            u |= uint64_t(b[i]) << (8 * i);
        if (n > 0 && n < 8 && (b[n - 1] & 0x80)) // sign-extend two's complement
            u |= ~uint64_t(0) << (8 * n);
        return integer(int64_t(u));
    }
    PickleRef real()
    {
        const unsigned char* b = take(8);
        unsigned char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = b[7 - i];
        auto v = PickleValue::make(K::Float);
        v->real = readLittleEndian<double>(le);
        return v;
    }
    PickleRef string(K kind, uint64_t n)
    {
        if (n > uint64_t(end_ - p_))
            fail("the pickle is truncated");
        const auto* b = take(std::size_t(n));
        auto v = PickleValue::make(kind);
        v->text.assign(reinterpret_cast<const char*>(b), std::size_t(n));
        return v;
    }
    std::string line()
    {
        std::string s;
        for (;;) {
            const char c = char(byte());
            if (c == '\n')
                return s;
            s += c;
            if (s.size() > 256)
                fail("a GLOBAL name is too long");
        }
    }
    std::string text(const PickleRef& v)
    {
        if (v->kind != K::String)
            fail("STACK_GLOBAL expects two strings");
        return v->text;
    }
    static PickleRef tupleFrom(std::vector<PickleRef> items)
    {
        auto t = PickleValue::make(K::Tuple);
        t->items = std::move(items);
        return t;
    }
    void tupleN(std::size_t n)
    {
        std::vector<PickleRef> items(n);
        for (std::size_t i = n; i-- > 0;)
            items[i] = pop();
        push(tupleFrom(std::move(items)));
    }
    void dictFrom(PickleRef d, const std::vector<PickleRef>& kv, bool pushIt = true)
    {
        if (kv.size() % 2)
            fail("the pickle sets a dict item without a value");
        for (std::size_t i = 0; i < kv.size(); i += 2)
            d->dict.emplace_back(kv[i], kv[i + 1]);
        if (pushIt)
            push(d);
    }

    PickleRef global(const std::string& module, const std::string& name)
    {
        if (module == "torch" && name.size() > 7 && name.compare(name.size() - 7, 7, "Storage") == 0 &&
            !SafeUnpickler::isAllowedGlobal(module, name))
            fail("tensors with storage type 'torch." + name +
                 "' are not supported (float64, float32, float16, bfloat16, int64, int32, int16, int8, uint8, bool)");
        if (!SafeUnpickler::isAllowedGlobal(module, name))
            fail("refused: the pickle asks for '" + module + "." + name +
                 "', which is not a tensor or a plain container (TrainScope never runs code from a file)");
        auto g = PickleValue::make(K::Global);
        g->text = module + "." + name;
        return g;
    }

    // ('storage', torch.FloatStorage, key, location, numel): torch.save's reference to a
    // storage saved as its own archive entry.
    PickleRef persistent(const PickleRef& pid)
    {
        if (pid->kind != K::Tuple || pid->items.size() < 5 || pid->items[0]->kind != K::String ||
            pid->items[0]->text != "storage" || pid->items[1]->kind != K::Global || pid->items[2]->kind != K::String ||
            pid->items[4]->kind != K::Int)
            fail("unsupported persistent id (expected a torch storage reference)");
        auto s = PickleValue::make(K::Storage);
        const std::string& type = pid->items[1]->text;
        bool known = false;
        for (const auto& st : kStorages)
            if (type == std::string("torch.") + st.name) {
                s->storageType = st.type;
                known = true;
            }
        if (!known)
            fail("a storage of type '" + type + "' is not a tensor storage");
        s->text = pid->items[2]->text;
        s->storageNumel = pid->items[4]->integer;
        return s;
    }

    std::vector<int64_t> ints(const PickleRef& t, const char* what)
    {
        if (t->kind != K::Tuple && t->kind != K::List)
            fail(std::string("a tensor's ") + what + " is not a tuple");
        std::vector<int64_t> out;
        for (const auto& i : t->items) {
            if (i->kind != K::Int)
                fail(std::string("a tensor's ") + what + " holds a non-integer");
            out.push_back(i->integer);
        }
        return out;
    }

    PickleRef reduce(const PickleRef& f, const PickleRef& args)
    {
        if (f->kind != K::Global || args->kind != K::Tuple)
            fail("REDUCE on something that is not a whitelisted function");
        const auto& a = args->items;
        const std::string& name = f->text;
        if (name == "collections.OrderedDict") {
            auto d = PickleValue::make(K::Dict);
            if (!a.empty()) // OrderedDict([(k, v), ...])
                for (const auto& kv : a[0]->items)
                    if (kv->kind == K::Tuple && kv->items.size() == 2)
                        d->dict.emplace_back(kv->items[0], kv->items[1]);
            return d;
        }
        if (name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor") {
            if (a.size() < 4 || a[0]->kind != K::Storage || a[1]->kind != K::Int)
                fail("malformed tensor record");
            auto t = PickleValue::make(K::Tensor);
            t->items = {a[0]};
            t->offset = a[1]->integer;
            t->sizes = ints(a[2], "size");
            t->strides = ints(a[3], "stride");
            if (t->sizes.size() != t->strides.size())
                fail("a tensor's size and stride differ in length");
            return t;
        }
        if (name == "torch._utils._rebuild_parameter" || name == "torch._utils._rebuild_parameter_with_state") {
            if (a.empty() || a[0]->kind != K::Tensor)
                fail("malformed parameter record");
            return a[0];
        }
        fail("'" + name + "' cannot be called");
    }

    // BUILD sets an object's state: OrderedDict's _metadata (the state dict's version
    // numbers) or a tensor's; neither matters for the values, so the state is dropped.
    void build()
    {
        pop();
        const auto obj = top();
        if (obj->kind != K::Dict && obj->kind != K::Tensor)
            fail("BUILD on something that is not a dict or tensor");
    }

    PickleRef stop()
    {
        if (stack_.size() != 1 || !marks_.empty())
            fail("the pickle ends with " + std::to_string(stack_.size()) + " values on the stack");
        if (!mutated_.empty())
            keepAcyclic(stack_.back());
        return stack_.back();
    }

    // Fills kept_ with everything root reaches, failing if it reaches itself (iterative DFS:
    // a pickle can nest far deeper than the call stack allows).
    void keepAcyclic(const PickleRef& root)
    {
        enum Color : char { Open = 1, Done = 2 };
        std::unordered_map<const PickleValue*, char> color;
        std::vector<std::pair<const PickleValue*, std::size_t>> path{{root.get(), 0}};
        color[root.get()] = Open;
        while (!path.empty()) {
            auto& [v, next] = path.back();
            const std::size_t n = v->items.size() + 2 * v->dict.size();
            if (next == n) {
                color[v] = Done;
                path.pop_back();
                continue;
            }
            const std::size_t i = next++, items = v->items.size();
            const PickleValue* child = nullptr;
            if (i < items) {
                child = v->items[i].get();
            } else { // dict keys and values alternate after the items
                const auto& kv = v->dict[(i - items) / 2];
                child = (i - items) % 2 == 0 ? kv.first.get() : kv.second.get();
            }
            const char c = color[child];
            if (c == Open)
                fail("the pickle builds a container that holds itself");
            if (c == 0) {
                color[child] = Open;
                path.emplace_back(child, 0);
            }
        }
        for (const auto& [v, c] : color)
            kept_.insert(v);
    }

    const unsigned char* p_;
    const unsigned char* begin_;
    const unsigned char* end_;
    std::size_t op_ = 0;
    std::vector<PickleRef> stack_;
    std::vector<std::size_t> marks_;
    std::map<uint32_t, PickleRef> memo_;
    std::vector<PickleRef> mutated_;                    // lists and dicts APPEND/SETITEM(S) changed
    std::unordered_set<const PickleValue*> mutatedSet_; // the same, for lookups
    std::unordered_set<const PickleValue*> kept_;       // reachable from the returned value
};
} // namespace

PickleValue::~PickleValue()
{
    // Children go to a work list; one whose last owner is the list gives up its own children
    // the same way before it is freed, so no destructor recurses into another.
    std::vector<PickleRef> pending;
    auto release = [&pending](PickleValue& v) {
        for (auto& i : v.items)
            pending.push_back(std::move(i));
        for (auto& [k, x] : v.dict) {
            pending.push_back(std::move(k));
            pending.push_back(std::move(x));
        }
        v.items.clear();
        v.dict.clear();
    };
    release(*this);
    while (!pending.empty()) {
        PickleRef v = std::move(pending.back());
        pending.pop_back();
        if (v && v.use_count() == 1)
            release(*v);
    }
}

bool SafeUnpickler::isAllowedGlobal(const std::string& module, const std::string& name)
{
    const std::string full = module + "." + name;
    for (const char* f : kFunctions)
        if (full == f)
            return true;
    if (module == "torch")
        for (const auto& s : kStorages)
            if (name == s.name)
                return true;
    return false;
}

PickleRef SafeUnpickler::load(const unsigned char* data, std::size_t size) { return Machine(data, size).run(); }

} // namespace ts
