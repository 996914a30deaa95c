#pragma once

#include "core/tensor.h"

#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace dyve {

// What a model may declare at most (SPEC §8 "huge dimensions"): more is a corrupt or hostile file, which
// the importers refuse before allocating anything for it.
constexpr int64_t kMaxGraphNodes = 1000000;
constexpr int64_t kMaxGraphInitializers = 4000000;
constexpr int64_t kMaxTensorElements = int64_t(1) << 31; // one tensor: 8 GiB of float32
constexpr int64_t kMaxWeightElements = int64_t(1) << 31; // all initializers together

// One attribute value of a node, in ONNX's vocabulary (the Caffe importer translates into it).
struct Attribute {
    enum class Kind { Int, Float, String, Ints, Floats, Tensor, Strings };
    Kind kind = Kind::Int;
    int64_t i = 0;
    float f = 0.0f;
    std::string s;
    std::vector<int64_t> ints;
    std::vector<float> floats;
    dyve::Tensor tensor;
    std::vector<std::string> strings; // Kind::Strings, e.g. LSTM/GRU "activations"
};

// An operator application. Op types use ONNX names ("Conv", "Gemm", "MaxPool"...) whatever the source
// format; inputs and outputs name values (graph inputs, initializers or other nodes' outputs).
// An empty input name is an omitted optional input, as in ONNX.
struct Node {
    std::string name;
    std::string op;
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;
    std::map<std::string, Attribute> attributes;

    bool has(const std::string& attr) const { return attributes.count(attr) != 0; }
    int64_t getInt(const std::string& attr, int64_t fallback) const;
    float getFloat(const std::string& attr, float fallback) const;
    std::string getString(const std::string& attr, const std::string& fallback) const;
    std::vector<int64_t> getInts(const std::string& attr, std::vector<int64_t> fallback = {}) const;
    std::vector<float> getFloats(const std::string& attr, std::vector<float> fallback = {}) const;
    // Human name for messages: "Conv node 'conv1'".
    std::string describe() const;
};

// A declared graph input. Dimensions that are symbolic or unknown are -1 (the batch, usually).
struct ValueInfo {
    std::string name;
    Shape shape;
};

// The nodes of a graph, in topological order: a std::vector<Node> that takes a new version() whenever it may
// change, that is on every non-const access. Graph::consumers keeps its index for one version, so graph
// passes that ask for the readers of each value stay linear (issue 13), and any change made through the list
// is seen by the next call. A Node& taken before a consumers() call must not change that node's inputs
// after it: take it again.
class NodeList {
public:
    using value_type = Node;
    using size_type = std::size_t;
    using iterator = std::vector<Node>::iterator;
    using const_iterator = std::vector<Node>::const_iterator;
    using reverse_iterator = std::vector<Node>::reverse_iterator;
    using const_reverse_iterator = std::vector<Node>::const_reverse_iterator;

    NodeList() = default;
    NodeList(std::initializer_list<Node> nodes) : m_nodes(nodes) {}
    NodeList(std::vector<Node> nodes) : m_nodes(std::move(nodes)) {}
    NodeList(const NodeList& other) : m_nodes(other.m_nodes) {}
    NodeList(NodeList&& other) noexcept : m_nodes(std::move(other.m_nodes)) { other.changing(); }
    NodeList& operator=(const NodeList& other) {
        changing() = other.m_nodes;
        return *this;
    }
    NodeList& operator=(NodeList&& other) noexcept {
        changing() = std::move(other.m_nodes);
        other.changing();
        return *this;
    }
    NodeList& operator=(std::initializer_list<Node> nodes) {
        changing() = nodes;
        return *this;
    }

    size_t size() const { return m_nodes.size(); }
    bool empty() const { return m_nodes.empty(); }
    const Node& operator[](size_t i) const { return m_nodes[i]; }
    const Node& at(size_t i) const { return m_nodes.at(i); }
    const Node& front() const { return m_nodes.front(); }
    const Node& back() const { return m_nodes.back(); }
    const_iterator begin() const { return m_nodes.begin(); }
    const_iterator end() const { return m_nodes.end(); }
    const_iterator cbegin() const { return m_nodes.cbegin(); }
    const_iterator cend() const { return m_nodes.cend(); }
    const_reverse_iterator rbegin() const { return m_nodes.rbegin(); }
    const_reverse_iterator rend() const { return m_nodes.rend(); }

    // Every access that could change a node or the list starts a new version.
    Node& operator[](size_t i) { return changing()[i]; }
    Node& at(size_t i) { return changing().at(i); }
    Node& front() { return changing().front(); }
    Node& back() { return changing().back(); }
    iterator begin() { return changing().begin(); }
    iterator end() { return changing().end(); }
    reverse_iterator rbegin() { return changing().rbegin(); }
    reverse_iterator rend() { return changing().rend(); }
    void push_back(const Node& node) { changing().push_back(node); }
    void push_back(Node&& node) { changing().push_back(std::move(node)); }
    template <typename... Args> Node& emplace_back(Args&&... args) {
        return changing().emplace_back(std::forward<Args>(args)...);
    }
    iterator insert(const_iterator at, Node node) { return changing().insert(at, std::move(node)); }
    iterator erase(const_iterator at) { return changing().erase(at); }
    iterator erase(const_iterator first, const_iterator last) { return changing().erase(first, last); }
    void clear() { changing().clear(); }
    void reserve(size_t n) { m_nodes.reserve(n); }
    void resize(size_t n) { changing().resize(n); }

    // Differs after every change and between lists, so an index built for one version never serves
    // another list or a later version.
    uint64_t version() const { return m_version; }

private:
    static uint64_t nextVersion();
    std::vector<Node>& changing() {
        m_version = nextVersion();
        return m_nodes;
    }

    std::vector<Node> m_nodes;
    uint64_t m_version = nextVersion();
};

// The engine's model representation: what importers produce and the runtime plans. Nodes are in
// topological order.
struct Graph {
    std::string name;
    std::string sourceFile;   // the file it was imported from, for messages
    std::string sourceFormat; // "onnx" or "caffe"
    int64_t opsetVersion = 0; // ONNX default-domain opset (0 for Caffe)
    std::vector<ValueInfo> inputs;
    std::vector<std::string> outputs;
    NodeList nodes;
    std::map<std::string, Tensor> initializers;

    const Tensor* initializer(const std::string& value) const;
    bool isInitializer(const std::string& value) const { return initializers.count(value) != 0; }
    // Nodes that read a value, in order, each once; none for "" (an omitted input). Answered from an index
    // of every value's readers, built once per version of `nodes`.
    std::vector<const Node*> consumers(const std::string& value) const;
    int64_t parameterCount() const;

private:
    struct ReaderIndex;
    // Holds the index of the nodes' last version; copies of a graph start without one (their nodes
    // have versions of their own). Safe to use from threads that share a const Graph.
    class ReaderIndexCache {
    public:
        ReaderIndexCache() = default;
        ReaderIndexCache(const ReaderIndexCache&) {}
        ReaderIndexCache& operator=(const ReaderIndexCache&);
        std::shared_ptr<const ReaderIndex> of(const NodeList& nodes) const;

    private:
        mutable std::mutex m_mutex;
        mutable std::shared_ptr<const ReaderIndex> m_index;
    };
    ReaderIndexCache m_readerIndex;
};

// Structural checks every importer's result must pass: unique value names, every input defined before
// use, declared outputs produced, initializers finite. Throws ModelError naming the source file.
void validate(const Graph& graph);

} // namespace dyve
