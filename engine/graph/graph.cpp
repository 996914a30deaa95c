#include "graph/graph.h"

#include "core/errors.h"

#include <atomic>
#include <cmath>
#include <set>
#include <unordered_map>

namespace dyve {

int64_t Node::getInt(const std::string& attr, int64_t fallback) const {
    auto it = attributes.find(attr);
    return it == attributes.end() ? fallback : it->second.i;
}

float Node::getFloat(const std::string& attr, float fallback) const {
    auto it = attributes.find(attr);
    return it == attributes.end() ? fallback : it->second.f;
}

std::string Node::getString(const std::string& attr, const std::string& fallback) const {
    auto it = attributes.find(attr);
    return it == attributes.end() ? fallback : it->second.s;
}

std::vector<int64_t> Node::getInts(const std::string& attr, std::vector<int64_t> fallback) const {
    auto it = attributes.find(attr);
    return it == attributes.end() ? fallback : it->second.ints;
}

std::vector<float> Node::getFloats(const std::string& attr, std::vector<float> fallback) const {
    auto it = attributes.find(attr);
    return it == attributes.end() ? fallback : it->second.floats;
}

std::string Node::describe() const {
    return op + " node '" + (name.empty() && !outputs.empty() ? outputs.front() : name) + "'";
}

const Tensor* Graph::initializer(const std::string& value) const {
    auto it = initializers.find(value);
    return it == initializers.end() ? nullptr : &it->second;
}

uint64_t NodeList::nextVersion() {
    static std::atomic<uint64_t> last{0};
    return ++last;
}

// For each value, the positions of the nodes that read it, each once and in order.
struct Graph::ReaderIndex {
    uint64_t version = 0;
    std::unordered_map<std::string, std::vector<size_t>> readers;
};

Graph::ReaderIndexCache& Graph::ReaderIndexCache::operator=(const ReaderIndexCache& other) {
    if (this != &other) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_index.reset();
    }
    return *this;
}

std::shared_ptr<const Graph::ReaderIndex> Graph::ReaderIndexCache::of(const NodeList& nodes) const {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_index && m_index->version == nodes.version()) return m_index;
    auto index = std::make_shared<ReaderIndex>();
    index->version = nodes.version();
    for (size_t n = 0; n < nodes.size(); ++n)
        for (const std::string& in : nodes[n].inputs) {
            if (in.empty()) continue;
            std::vector<size_t>& readers = index->readers[in];
            if (readers.empty() || readers.back() != n) readers.push_back(n);
        }
    m_index = std::move(index);
    return m_index;
}

std::vector<const Node*> Graph::consumers(const std::string& value) const {
    std::vector<const Node*> result;
    if (value.empty()) return result;
    const std::shared_ptr<const ReaderIndex> index = m_readerIndex.of(nodes);
    const auto it = index->readers.find(value);
    if (it == index->readers.end()) return result;
    for (size_t n : it->second)
        result.push_back(&nodes[n]);
    return result;
}

int64_t Graph::parameterCount() const {
    int64_t n = 0;
    for (const auto& [name, t] : initializers)
        if (t.type == DataType::Float32) n += t.size();
    return n;
}

void validate(const Graph& graph) {
    const std::string& file = graph.sourceFile;
    std::set<std::string> defined;
    for (const ValueInfo& in : graph.inputs)
        defined.insert(in.name);
    for (const auto& [name, t] : graph.initializers) {
        defined.insert(name);
        if (t.type == DataType::Float32) {
            if (static_cast<int64_t>(t.floats.size()) != t.size())
                throw ModelError(file, "weight '" + name + "' holds " + std::to_string(t.floats.size()) +
                                           " values but its shape " + toString(t.shape) + " needs " +
                                           std::to_string(t.size()));
            for (float v : t.floats)
                if (!std::isfinite(v)) throw ModelError(file, "weight '" + name + "' contains NaN or Inf");
        } else if (static_cast<int64_t>(t.ints.size()) != t.size()) {
            throw ModelError(file, "constant '" + name + "' holds " + std::to_string(t.ints.size()) +
                                       " values but its shape " + toString(t.shape) + " needs " +
                                       std::to_string(t.size()));
        }
    }
    for (const Node& n : graph.nodes) {
        for (const std::string& in : n.inputs)
            if (!in.empty() && !defined.count(in))
                throw ModelError(file, n.describe() + " reads '" + in + "', which nothing defines before it");
        for (const std::string& out : n.outputs) {
            if (out.empty()) continue;
            if (!defined.insert(out).second)
                throw ModelError(file, n.describe() + " redefines value '" + out + "'");
        }
    }
    if (graph.outputs.empty()) throw ModelError(file, "the model declares no outputs");
    for (const std::string& out : graph.outputs)
        if (!defined.count(out)) throw ModelError(file, "model output '" + out + "' is never computed");
}

} // namespace dyve
