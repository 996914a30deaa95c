#include "import/onnx_importer.h"

#include "core/errors.h"
#include "graph/constant_folding.h"
#include "graph/operator_signature.h"

#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/wire_format_lite.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>

namespace dyve {

namespace {

namespace fs = std::filesystem;

// The ONNX opsets whose operator semantics the kernels follow (SPEC §4.1 names 7–17; older imports
// declare operators that did not change since, e.g. GlobalAveragePool-1 or Conv-1).
constexpr int64_t kNewestOpset = 17;

// What the first bytes of a file that is not a protobuf look like, for a message that says what the
// user actually gave us ("wrong format", SPEC §8).
std::string recognisedFormat(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char head[8] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const std::streamsize n = in.gcount();
    if (n >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "a JPEG image";
    if (n >= 8 && std::memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0) return "a PNG image";
    if (n >= 4 && std::memcmp(head, "GIF8", 4) == 0) return "a GIF image";
    if (n >= 2 && head[0] == 'B' && head[1] == 'M') return "a BMP image";
    if (n >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0) return "a ZIP archive";
    if (n >= 2 && head[0] == 0x1F && head[1] == 0x8B) return "a gzip archive";
    bool text = n > 0;
    for (std::streamsize i = 0; i < n; ++i)
        text = text &&
               (head[i] == '\n' || head[i] == '\r' || head[i] == '\t' || (head[i] >= 0x20 && head[i] < 0x7F));
    if (text) return "a text file";
    return "";
}

// Parses a binary protobuf file with a size limit suited to big models (protobuf's default is 64 MiB;
// its own hard ceiling is 2 GiB, beyond which weights must be external data).
// `what` names the expected content, "ONNX model" or "ONNX tensor file".
template <typename Message>
void parseProtobufFile(const std::string& path, Message& message, const std::string& what) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ImportError(path, "file not found");
    if (fs::is_directory(path, ec)) throw ImportError(path, "is a folder, not an " + what);
    const auto size = fs::file_size(path, ec);
    if (ec) throw ImportError(path, "cannot read the file (" + ec.message() + ")");
    if (size == 0) throw ImportError(path, "the file is empty");
    if (size > static_cast<uintmax_t>(INT_MAX))
        throw ImportError(path,
                          "larger than 2 GiB; such models must keep their weights as ONNX external data");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError(path, "cannot open the file for reading");
    google::protobuf::io::IstreamInputStream raw(&in);
    google::protobuf::io::CodedInputStream coded(&raw);
    coded.SetTotalBytesLimit(INT_MAX);
    if (!message.ParseFromCodedStream(&coded) || !coded.ConsumedEntireMessage()) {
        const std::string format = recognisedFormat(path);
        if (!format.empty() && format != "a text file")
            throw ImportError(path, "is " + format + ", not an " + what);
        if (format == "a text file")
            throw ImportError(path, "is a text file, not an " + what + " (a binary protobuf)");
        throw ImportError(path, "truncated or corrupt protobuf (not a readable " + what + ")");
    }
}

// How many nodes and initializers a model file's graph holds, counted on the wire before the model is
// parsed, so that a file of millions of (even empty) nodes is refused before protobuf builds them.
// `readable` is false when the file is no protobuf the count could walk through; the parse then says why.
struct GraphEntryCounts {
    int64_t nodes = 0;
    int64_t initializers = 0;
    bool readable = false;
};

GraphEntryCounts countGraphEntries(const std::string& path) {
    using google::protobuf::internal::WireFormatLite;
    constexpr int kGraphField = 7;       // ModelProto.graph
    constexpr int kNodeField = 1;        // GraphProto.node
    constexpr int kInitializerField = 5; // GraphProto.initializer
    GraphEntryCounts counts;
    std::ifstream in(path, std::ios::binary);
    if (!in) return counts;
    google::protobuf::io::IstreamInputStream raw(&in);
    google::protobuf::io::CodedInputStream coded(&raw);
    coded.SetTotalBytesLimit(INT_MAX);
    auto isMessage = [](uint32_t tag, int field) {
        return WireFormatLite::GetTagFieldNumber(tag) == field &&
               WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
    };
    while (const uint32_t tag = coded.ReadTag()) {
        if (!isMessage(tag, kGraphField)) {
            if (!WireFormatLite::SkipField(&coded, tag)) return counts;
            continue;
        }
        uint32_t length = 0;
        if (!coded.ReadVarint32(&length) || length > static_cast<uint32_t>(INT_MAX)) return counts;
        const auto limit = coded.PushLimit(static_cast<int>(length));
        while (const uint32_t inner = coded.ReadTag()) {
            counts.nodes += isMessage(inner, kNodeField);
            counts.initializers += isMessage(inner, kInitializerField);
            if (!WireFormatLite::SkipField(&coded, inner)) return counts;
        }
        if (!coded.ConsumedEntireMessage()) return counts;
        coded.PopLimit(limit);
    }
    counts.readable = coded.ConsumedEntireMessage();
    return counts;
}

// Little-endian element loads: ONNX's raw_data and external data are little-endian whatever the host.
template <typename T> T loadLittleEndian(const unsigned char* p) {
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, p, sizeof(T));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    for (size_t i = 0; i < sizeof(T) / 2; ++i)
        std::swap(bytes[i], bytes[sizeof(T) - 1 - i]);
#endif
    T value;
    std::memcpy(&value, bytes, sizeof(T));
    return value;
}

float halfToFloat(uint16_t h) {
    const uint32_t sign = (h & 0x8000u) << 16;
    const uint32_t exponent = (h >> 10) & 0x1Fu;
    uint32_t mantissa = h & 0x3FFu;
    uint32_t bits;
    if (exponent == 0x1F) {
        bits = sign | 0x7F800000u | (mantissa << 13); // Inf / NaN
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
    } else if (mantissa == 0) {
        bits = sign;
    } else { // subnormal half: normalise
        int e = -1;
        do {
            ++e;
            mantissa <<= 1;
        } while ((mantissa & 0x400u) == 0);
        bits = sign | static_cast<uint32_t>(112 - e) << 23 | ((mantissa & 0x3FFu) << 13);
    }
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

float bfloat16ToFloat(uint16_t b) {
    const uint32_t bits = static_cast<uint32_t>(b) << 16;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

const char* typeName(int type) {
    switch (type) {
    case onnx::TensorProto::FLOAT:
        return "float";
    case onnx::TensorProto::UINT8:
        return "uint8";
    case onnx::TensorProto::INT8:
        return "int8";
    case onnx::TensorProto::UINT16:
        return "uint16";
    case onnx::TensorProto::INT16:
        return "int16";
    case onnx::TensorProto::INT32:
        return "int32";
    case onnx::TensorProto::INT64:
        return "int64";
    case onnx::TensorProto::STRING:
        return "string";
    case onnx::TensorProto::BOOL:
        return "bool";
    case onnx::TensorProto::FLOAT16:
        return "float16";
    case onnx::TensorProto::DOUBLE:
        return "double";
    case onnx::TensorProto::UINT32:
        return "uint32";
    case onnx::TensorProto::UINT64:
        return "uint64";
    case onnx::TensorProto::COMPLEX64:
        return "complex64";
    case onnx::TensorProto::COMPLEX128:
        return "complex128";
    case onnx::TensorProto::BFLOAT16:
        return "bfloat16";
    default:
        return "undefined";
    }
}

// Bytes per element in raw_data / external data; 0 for types the engine cannot represent.
size_t elementBytes(int type) {
    switch (type) {
    case onnx::TensorProto::UINT8:
    case onnx::TensorProto::INT8:
    case onnx::TensorProto::BOOL:
        return 1;
    case onnx::TensorProto::UINT16:
    case onnx::TensorProto::INT16:
    case onnx::TensorProto::FLOAT16:
    case onnx::TensorProto::BFLOAT16:
        return 2;
    case onnx::TensorProto::FLOAT:
    case onnx::TensorProto::INT32:
    case onnx::TensorProto::UINT32:
        return 4;
    case onnx::TensorProto::DOUBLE:
    case onnx::TensorProto::INT64:
    case onnx::TensorProto::UINT64:
        return 8;
    default:
        return 0;
    }
}

bool isFloatType(int type) {
    return type == onnx::TensorProto::FLOAT || type == onnx::TensorProto::DOUBLE ||
           type == onnx::TensorProto::FLOAT16 || type == onnx::TensorProto::BFLOAT16;
}

// Where a tensor comes from, for messages and for resolving external data.
struct TensorSource {
    std::string file; // the model (or .pb) file, for messages
    fs::path folder;  // external data locations are relative to it
    std::string what; // "initializer 'conv1.weight'"
};

// Checks the declared dimensions and returns the element count, refusing negative and huge shapes
// before anything is allocated for them.
int64_t checkedElementCount(const Shape& shape, const TensorSource& src) {
    int64_t n = 1;
    for (int64_t d : shape) {
        if (d < 0)
            throw ModelError(src.file, src.what + " has a negative dimension in shape " + toString(shape));
        if (d != 0 && n > kMaxTensorElements / d)
            throw ModelError(src.file, src.what + " declares a huge shape " + toString(shape));
        n *= d;
    }
    if (n > kMaxTensorElements)
        throw ModelError(src.file, src.what + " declares a huge shape " + toString(shape));
    return n;
}

// An external data offset or length: a decimal count of bytes that fits int64 (ONNX writes them so).
bool parseByteCount(const std::string& text, int64_t& value) {
    if (text.empty()) return false;
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        const int digit = c - '0';
        if (value > (std::numeric_limits<int64_t>::max() - digit) / 10) return false;
        value = value * 10 + digit;
    }
    return true;
}

// Whether `file` names something strictly below `folder` (both absolute and normalised).
bool isBelow(const fs::path& file, const fs::path& folder) {
    auto part = file.begin();
    for (const fs::path& folderPart : folder) {
        if (folderPart.empty()) continue; // a trailing separator
        if (part == file.end() || *part != folderPart) return false;
        ++part;
    }
    for (; part != file.end(); ++part)
        if (!part->empty() && *part != ".") return true;
    return false;
}

// The file an external data `location` names. ONNX locations are relative to the model's folder, and the
// file must stay inside it both as written (no absolute path elsewhere, no "..") and once symbolic links
// are followed: otherwise a model could make us read any file of the machine as its weights (issue 13).
fs::path externalDataFile(const std::string& location, const TensorSource& src) {
    std::error_code ec;
    const fs::path folder =
        fs::absolute(src.folder.empty() ? fs::path(".") : src.folder, ec).lexically_normal();
    const fs::path file = (folder / location).lexically_normal();
    bool inside = !ec && isBelow(file, folder);
    if (inside) {
        std::error_code fileError, folderError;
        const fs::path realFile = fs::weakly_canonical(file, fileError);
        const fs::path realFolder = fs::weakly_canonical(folder, folderError);
        inside = !fileError && !folderError && isBelow(realFile, realFolder);
    }
    if (!inside)
        throw ImportError(src.file, "external data '" + location + "' is outside the model's folder (" +
                                        src.what + ")");
    return file;
}

// The bytes of an external-data tensor (data_location EXTERNAL): location, offset and length are
// relative to the model's folder (ONNX external data spec).
std::string readExternalBytes(const onnx::TensorProto& proto, const TensorSource& src, size_t expectedBytes) {
    std::string location;
    int64_t offset = 0;
    int64_t length = 0;
    bool hasLength = false;
    for (const auto& entry : proto.external_data()) {
        if (entry.key() == "location") {
            location = entry.value();
        } else if (entry.key() == "offset" || entry.key() == "length") {
            int64_t& value = entry.key() == "offset" ? offset : length;
            if (!parseByteCount(entry.value(), value))
                throw ImportError(src.file, src.what + " has an invalid external data " + entry.key() + " '" +
                                                entry.value() + "' (not a byte count)");
            hasLength = hasLength || entry.key() == "length";
        }
    }
    if (location.empty()) throw ImportError(src.file, src.what + " is external data without a location");
    const fs::path file = externalDataFile(location, src);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        throw ImportError(src.file, "external data file '" + file.string() + "' of " + src.what +
                                        (fs::exists(file, ec) ? " is not a file" : " is missing"));
    if (!hasLength) length = static_cast<int64_t>(expectedBytes);
    if (static_cast<size_t>(length) != expectedBytes)
        throw ModelError(src.file, src.what + " declares " + std::to_string(length) +
                                       " bytes of external data but its shape needs " +
                                       std::to_string(expectedBytes));
    const uintmax_t fileSize = fs::file_size(file, ec);
    const uintmax_t end = static_cast<uintmax_t>(offset) + static_cast<uintmax_t>(length); // < 2^64
    if (ec || end > fileSize)
        throw ImportError(src.file, "external data file '" + file.string() + "' is too short for " +
                                        src.what + " (needs " + std::to_string(end) + " bytes, has " +
                                        std::to_string(ec ? 0 : fileSize) + ")");
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<size_t>(length), '\0');
    in.seekg(offset);
    in.read(bytes.data(), length);
    if (in.gcount() != length)
        throw ImportError(src.file, "cannot read external data file '" + file.string() + "' for " + src.what);
    return bytes;
}

// Converts an ONNX TensorProto: floating types become Float32, integer and bool types Int64 (the only
// integer type the engine carries, for shape-like constants). Data may be in raw_data (little-endian),
// in the typed repeated fields, or in an external file.
Tensor convertTensor(const onnx::TensorProto& proto, const TensorSource& src) {
    const int type = proto.data_type();
    Tensor t;
    for (int64_t d : proto.dims())
        t.shape.push_back(d);
    const int64_t count = checkedElementCount(t.shape, src);
    const size_t bytesPer = elementBytes(type);
    if (bytesPer == 0)
        throw ImportError(src.file,
                          src.what + " has data type " + typeName(type) + ", which is not supported");
    const bool isFloat = isFloatType(type);
    t.type = isFloat ? DataType::Float32 : DataType::Int64;
    const size_t n = static_cast<size_t>(count);

    std::string external;
    const std::string* raw = nullptr;
    if (proto.data_location() == onnx::TensorProto::EXTERNAL) {
        external = readExternalBytes(proto, src, n * bytesPer);
        raw = &external;
    } else if (proto.has_raw_data()) {
        raw = &proto.raw_data();
    }

    // The data present is checked against the shape before anything is allocated for it: a small
    // corrupt file must not make us reserve gigabytes.
    size_t present = 0;
    if (raw)
        present = raw->size() / bytesPer;
    else if (type == onnx::TensorProto::FLOAT)
        present = static_cast<size_t>(proto.float_data_size());
    else if (type == onnx::TensorProto::DOUBLE)
        present = static_cast<size_t>(proto.double_data_size());
    else if (type == onnx::TensorProto::INT64)
        present = static_cast<size_t>(proto.int64_data_size());
    else if (type == onnx::TensorProto::UINT32 || type == onnx::TensorProto::UINT64)
        present = static_cast<size_t>(proto.uint64_data_size());
    else
        present = static_cast<size_t>(proto.int32_data_size()); // float16, bfloat16 and the small integers
    if (raw && raw->size() != n * bytesPer)
        throw ModelError(src.file, src.what + " holds " + std::to_string(raw->size()) +
                                       " bytes of data but its shape " + toString(t.shape) + " of " +
                                       typeName(type) + " needs " + std::to_string(n * bytesPer));
    if (present != n)
        throw ModelError(src.file, src.what + " holds " + std::to_string(present) + " values but its shape " +
                                       toString(t.shape) + " needs " + std::to_string(n));
    if (isFloat)
        t.floats.resize(n);
    else
        t.ints.resize(n);

    if (raw) {
        const auto* p = reinterpret_cast<const unsigned char*>(raw->data());
        for (size_t i = 0; i < n; ++i, p += bytesPer) {
            switch (type) {
            case onnx::TensorProto::FLOAT:
                t.floats[i] = loadLittleEndian<float>(p);
                break;
            case onnx::TensorProto::DOUBLE:
                t.floats[i] = static_cast<float>(loadLittleEndian<double>(p));
                break;
            case onnx::TensorProto::FLOAT16:
                t.floats[i] = halfToFloat(loadLittleEndian<uint16_t>(p));
                break;
            case onnx::TensorProto::BFLOAT16:
                t.floats[i] = bfloat16ToFloat(loadLittleEndian<uint16_t>(p));
                break;
            case onnx::TensorProto::INT64:
                t.ints[i] = loadLittleEndian<int64_t>(p);
                break;
            case onnx::TensorProto::UINT64:
                t.ints[i] = static_cast<int64_t>(loadLittleEndian<uint64_t>(p));
                break;
            case onnx::TensorProto::INT32:
                t.ints[i] = loadLittleEndian<int32_t>(p);
                break;
            case onnx::TensorProto::UINT32:
                t.ints[i] = loadLittleEndian<uint32_t>(p);
                break;
            case onnx::TensorProto::INT16:
                t.ints[i] = loadLittleEndian<int16_t>(p);
                break;
            case onnx::TensorProto::UINT16:
                t.ints[i] = loadLittleEndian<uint16_t>(p);
                break;
            case onnx::TensorProto::INT8:
                t.ints[i] = static_cast<int8_t>(*p);
                break;
            case onnx::TensorProto::UINT8:
                t.ints[i] = *p;
                break;
            case onnx::TensorProto::BOOL:
                t.ints[i] = *p != 0;
                break;
            }
        }
        return t;
    }

    // Typed fields (ONNX TensorProto: which field holds which type).
    switch (type) {
    case onnx::TensorProto::FLOAT:
        std::copy(proto.float_data().begin(), proto.float_data().end(), t.floats.begin());
        break;
    case onnx::TensorProto::DOUBLE:
        for (size_t i = 0; i < n; ++i)
            t.floats[i] = static_cast<float>(proto.double_data(static_cast<int>(i)));
        break;
    case onnx::TensorProto::FLOAT16:
    case onnx::TensorProto::BFLOAT16:
        for (size_t i = 0; i < n; ++i) {
            const auto bits = static_cast<uint16_t>(proto.int32_data(static_cast<int>(i)));
            t.floats[i] = type == onnx::TensorProto::FLOAT16 ? halfToFloat(bits) : bfloat16ToFloat(bits);
        }
        break;
    case onnx::TensorProto::INT64:
        std::copy(proto.int64_data().begin(), proto.int64_data().end(), t.ints.begin());
        break;
    case onnx::TensorProto::UINT32:
    case onnx::TensorProto::UINT64:
        for (size_t i = 0; i < n; ++i)
            t.ints[i] = static_cast<int64_t>(proto.uint64_data(static_cast<int>(i)));
        break;
    default: // INT32, INT16, INT8, UINT16, UINT8, BOOL live in int32_data
        for (size_t i = 0; i < n; ++i) {
            const int32_t v = proto.int32_data(static_cast<int>(i));
            t.ints[i] = type == onnx::TensorProto::BOOL ? (v != 0) : v;
        }
        break;
    }
    return t;
}

Attribute convertAttribute(const onnx::AttributeProto& a, const TensorSource& src) {
    Attribute out;
    int type = a.type();
    if (type == onnx::AttributeProto::UNDEFINED) { // IR version 1 models leave the type implicit
        if (a.has_f())
            type = onnx::AttributeProto::FLOAT;
        else if (a.has_i())
            type = onnx::AttributeProto::INT;
        else if (a.has_s())
            type = onnx::AttributeProto::STRING;
        else if (a.has_t())
            type = onnx::AttributeProto::TENSOR;
        else if (a.floats_size())
            type = onnx::AttributeProto::FLOATS;
        else if (a.ints_size())
            type = onnx::AttributeProto::INTS;
        else if (a.strings_size())
            type = onnx::AttributeProto::STRINGS;
    }
    switch (type) {
    case onnx::AttributeProto::INT:
        out.kind = Attribute::Kind::Int;
        out.i = a.i();
        break;
    case onnx::AttributeProto::FLOAT:
        out.kind = Attribute::Kind::Float;
        out.f = a.f();
        break;
    case onnx::AttributeProto::STRING:
        out.kind = Attribute::Kind::String;
        out.s = a.s();
        break;
    case onnx::AttributeProto::INTS:
        out.kind = Attribute::Kind::Ints;
        out.ints.assign(a.ints().begin(), a.ints().end());
        break;
    case onnx::AttributeProto::FLOATS:
        out.kind = Attribute::Kind::Floats;
        out.floats.assign(a.floats().begin(), a.floats().end());
        break;
    case onnx::AttributeProto::STRINGS:
        out.kind = Attribute::Kind::Strings;
        out.strings.assign(a.strings().begin(), a.strings().end());
        break;
    case onnx::AttributeProto::TENSOR:
        out.kind = Attribute::Kind::Tensor;
        out.tensor = convertTensor(a.t(), src);
        break;
    default:
        throw ImportError(src.file, src.what + " has a type the engine does not support");
    }
    return out;
}

// Graph-valued attributes (If/Loop/Scan bodies) and other kinds no kernel reads: such nodes are
// reported as unsupported operators by the Network, which names them better than an attribute error.
bool isIgnoredAttribute(const onnx::AttributeProto& a) {
    switch (a.type()) {
    case onnx::AttributeProto::GRAPH:
    case onnx::AttributeProto::GRAPHS:
    case onnx::AttributeProto::SPARSE_TENSOR:
    case onnx::AttributeProto::SPARSE_TENSORS:
    case onnx::AttributeProto::TENSORS:
    case onnx::AttributeProto::TYPE_PROTO:
    case onnx::AttributeProto::TYPE_PROTOS:
        return true;
    default:
        return false;
    }
}

std::string nodeLabel(const onnx::NodeProto& n) {
    const std::string name = !n.name().empty() ? n.name() : (n.output_size() ? n.output(0) : std::string());
    return n.op_type() + " node '" + name + "'";
}

bool isDefaultDomain(const std::string& domain) {
    return domain.empty() || domain == "ai.onnx";
}

// A Constant node's value (opset 1–13 forms that carry numbers) as a tensor, from its attributes as
// converted into `node` (whose kinds the signature check has confirmed).
Tensor constantValue(const onnx::NodeProto& proto, Node& node, const std::string& file) {
    for (const auto& a : proto.attribute())
        if (a.name() != "value" && a.name() != "value_float" && a.name() != "value_floats" &&
            a.name() != "value_int" && a.name() != "value_ints")
            throw ImportError(file,
                              node.describe() + ": constant attribute '" + a.name() + "' is not supported");
    std::optional<Tensor> value = takeConstantValue(node);
    if (!value) throw ImportError(file, node.describe() + " has no value");
    return std::move(*value);
}

// What to call axis `axis` of an input of rank `rank` in messages: NCHW images and N×features matrices.
std::string axisName(int axis, int rank) {
    static const char* const image[] = {"batch", "channels", "height", "width"};
    static const char* const sequence[] = {"batch", "channels", "length"};
    if (rank == 4) return image[axis];
    if (rank == 3) return sequence[axis];
    if (rank == 2) return axis == 0 ? "batch" : "features";
    return "";
}

Shape declaredShape(const onnx::ValueInfoProto& info, const std::string& file) {
    if (!info.type().has_tensor_type())
        throw ImportError(file, "input '" + info.name() +
                                    "' is not a tensor (sequences and maps are not supported)");
    Shape shape;
    const auto& tensorType = info.type().tensor_type();
    if (!tensorType.has_shape()) return shape;
    const auto& dims = tensorType.shape().dim();
    int64_t known = 1;
    bool huge = false;
    for (int axis = 0; axis < dims.size(); ++axis) {
        const auto& dim = dims[axis];
        // A declared 0 is a real empty dimension and stays 0.
        if (dim.has_dim_value() && dim.dim_value() >= 0) {
            const int64_t d = dim.dim_value();
            huge = huge || (d > 0 && known > kMaxTensorElements / d);
            if (!huge && d > 0) known *= d;
            shape.push_back(d);
            continue;
        }
        // The batch may be symbolic or unknown: -1, planned as 1 by the Network and free at run time.
        // The other dimensions size the buffers the Network plans once per model (SPEC §4.2): fixed.
        if (axis == 0) {
            shape.push_back(-1);
            continue;
        }
        const std::string name = axisName(axis, dims.size());
        const std::string what = name.empty() ? "dimension" : name + " dimension";
        std::string kind = "an unknown " + what;
        if (dim.has_dim_value())
            kind = "a negative " + what + " " + std::to_string(dim.dim_value());
        else if (dim.has_dim_param() && !dim.dim_param().empty())
            kind = "a symbolic " + what + " '" + dim.dim_param() + "'";
        throw ImportError(file, "input '" + info.name() + "' has " + kind + " (axis " + std::to_string(axis) +
                                    "); DyVE needs " +
                                    (dims.size() == 4 ? "fixed channels, height and width"
                                                      : "every dimension but the batch fixed") +
                                    ": only the batch (axis 0) may be symbolic");
    }
    if (huge) throw ModelError(file, "input '" + info.name() + "' declares a huge shape " + toString(shape));
    return shape;
}

// Refuses, before any tensor is read or allocated, a model whose initializers and tensor attributes
// (Constant values) declare more values together than kMaxWeightElements; each one alone is also held to
// kMaxTensorElements.
void checkDeclaredWeights(const onnx::GraphProto& g, const std::string& path) {
    TensorSource src;
    src.file = path;
    int64_t total = 0;
    auto add = [&](const onnx::TensorProto& t) {
        Shape shape(t.dims().begin(), t.dims().end());
        total += checkedElementCount(shape, src);
        if (total > kMaxWeightElements)
            throw ImportError(path, "the weights declare at least " + std::to_string(total) +
                                        " values together, more than the " +
                                        std::to_string(kMaxWeightElements) + " DyVE takes");
    };
    for (const auto& init : g.initializer()) {
        src.what = "initializer '" + init.name() + "'";
        add(init);
    }
    for (const auto& n : g.node())
        for (const auto& a : n.attribute())
            if (a.has_t()) {
                src.what = "attribute '" + a.name() + "' of " + nodeLabel(n);
                add(a.t());
            }
}

// The shapes ONNX's shape inference derives from the declared input shapes, for the Shape nodes constant
// folding answers (PyTorch computes reshape targets and split points from them: shufflenet's channel
// shuffle). Run only when a Shape node reads a computed value; a model it cannot infer keeps its Shape
// nodes, which the Network then names as unsupported.
KnownShapes inferredShapes(onnx::ModelProto& model, const Graph& graph) {
    bool needed = false;
    for (const Node& n : graph.nodes)
        needed = needed || (n.op == "Shape" && n.inputs.size() == 1 && !graph.isInitializer(n.inputs[0]));
    if (!needed) return {};
    try {
        onnx::shape_inference::InferShapes(model);
    } catch (const std::exception&) {
        return {};
    }
    KnownShapes shapes;
    for (const auto& info : model.graph().value_info()) {
        if (!info.type().has_tensor_type() || !info.type().tensor_type().has_shape()) continue;
        Shape shape;
        for (const auto& dim : info.type().tensor_type().shape().dim())
            shape.push_back(dim.has_dim_value() && dim.dim_value() >= 0 ? dim.dim_value() : -1);
        if (std::find(shape.begin(), shape.end(), -1) == shape.end()) shapes[info.name()] = shape;
    }
    return shapes;
}

} // namespace

Graph importOnnx(const std::string& path) {
    const GraphEntryCounts counts = countGraphEntries(path);
    if (counts.readable && counts.nodes > kMaxGraphNodes)
        throw ImportError(path, "has " + std::to_string(counts.nodes) + " nodes, more than the " +
                                    std::to_string(kMaxGraphNodes) + " DyVE takes");
    if (counts.readable && counts.initializers > kMaxGraphInitializers)
        throw ImportError(path, "has " + std::to_string(counts.initializers) +
                                    " initializers, more than the " + std::to_string(kMaxGraphInitializers) +
                                    " DyVE takes");
    onnx::ModelProto model;
    parseProtobufFile(path, model, "ONNX model");
    if (!model.has_graph() || model.graph().node_size() == 0)
        throw ImportError(path, model.has_graph() ? "the ONNX graph has no nodes" : "contains no ONNX graph");

    Graph graph;
    graph.sourceFile = path;
    graph.sourceFormat = "onnx";
    const onnx::GraphProto& g = model.graph();
    graph.name = g.name();

    // Operators of other domains (ai.onnx.ml, com.microsoft, training) are named before anything else:
    // that is what the user needs to know about such a model.
    for (const auto& n : g.node())
        if (!isDefaultDomain(n.domain()))
            throw ImportError(path, "unsupported operator '" + n.op_type() + "' of domain '" + n.domain() +
                                        "' in node '" +
                                        (n.name().empty() && n.output_size() ? n.output(0) : n.name()) + "'");

    bool hasOpset = false;
    for (const auto& opset : model.opset_import())
        if (isDefaultDomain(opset.domain())) {
            graph.opsetVersion = opset.version();
            hasOpset = true;
        }
    if (!hasOpset) throw ImportError(path, "the model declares no ai.onnx opset");
    if (graph.opsetVersion > kNewestOpset)
        throw ImportError(path, "uses ONNX opset " + std::to_string(graph.opsetVersion) +
                                    ", newer than the opsets 7-" + std::to_string(kNewestOpset) +
                                    " DyVE supports");
    if (g.sparse_initializer_size() > 0) throw ImportError(path, "sparse initializers are not supported");
    checkDeclaredWeights(g, path);

    TensorSource src;
    src.file = path;
    src.folder = fs::path(path).parent_path();

    for (const auto& init : g.initializer()) {
        src.what = "initializer '" + init.name() + "'";
        if (init.name().empty()) throw ImportError(path, "an initializer has no name");
        if (graph.isInitializer(init.name())) throw ModelError(path, src.what + " is defined twice");
        graph.initializers[init.name()] = convertTensor(init, src);
    }

    for (const auto& input : g.input()) {
        // Before IR version 4 every initializer is also listed as a graph input; those are weights.
        if (graph.isInitializer(input.name())) continue;
        graph.inputs.push_back(ValueInfo{input.name(), declaredShape(input, path)});
    }

    for (const auto& n : g.node()) {
        if (n.output_size() == 0) throw ImportError(path, nodeLabel(n) + " has no outputs");
        Node node;
        node.name = n.name();
        // An unnamed node is called after its first produced value, so that messages can name it even
        // when its first output is omitted (LSTM/GRU with only Y_h used).
        for (int o = 0; node.name.empty() && o < n.output_size(); ++o)
            node.name = n.output(o);
        node.op = n.op_type();
        node.inputs.assign(n.input().begin(), n.input().end());
        node.outputs.assign(n.output().begin(), n.output().end());
        for (const auto& a : n.attribute()) {
            if (isIgnoredAttribute(a)) continue;
            src.what = "attribute '" + a.name() + "' of " + nodeLabel(n);
            node.attributes[a.name()] = convertAttribute(a, src);
        }
        // Inputs, outputs and attribute kinds as ONNX defines the operator, before any kernel reads them.
        const std::string problem = signatureProblem(node);
        if (!problem.empty()) throw ImportError(path, problem);
        if (node.op == "Constant") {
            // Constants are weights the kernels can see at build time (shapes, axes): SPEC §4.1.
            if (graph.isInitializer(node.outputs[0]))
                throw ModelError(path, node.describe() + " redefines value '" + node.outputs[0] + "'");
            graph.initializers[node.outputs[0]] = constantValue(n, node, path);
            continue;
        }
        graph.nodes.push_back(std::move(node));
    }

    for (const auto& output : g.output())
        graph.outputs.push_back(output.name());

    // Identity-shared weights, shape arithmetic and other input-independent nodes become initializers, so
    // that the kernels see them as the constants they are (SPEC §4.1, issue 15).
    foldConstants(graph, inferredShapes(model, graph));
    validate(graph);
    return graph;
}

Tensor readOnnxTensorFile(const std::string& path) {
    onnx::TensorProto proto;
    parseProtobufFile(path, proto, "ONNX tensor file");
    TensorSource src;
    src.file = path;
    src.folder = fs::path(path).parent_path();
    src.what = "tensor '" + proto.name() + "'";
    return convertTensor(proto, src);
}

} // namespace dyve
