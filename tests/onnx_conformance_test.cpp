// ONNX operator conformance: runs Debian's libonnx-testdata backend suite (the `node/` and
// `pytorch-converted/` cases) through the importer and the dense engine (SPEC §4.1, §4.2) and compares
// every output with the stored one the way ONNX's backend runner does.
//
// Each case is one outcome:
//  - SKIPPED: the model uses an operator, or a variant of one (attribute value, data type), that the
//    engine does not implement — the importer or the Network says so with an ImportError at load, as
//    SPEC §4.1 requires — or its inputs/outputs are not float32 data (int64 results, bool, strings,
//    double, float16), which the float32 engine does not compute.
//  - FAILED: the Network could not be built for another reason (a ModelError on a valid model), running
//    it threw, or an output differs in shape or beyond |a − b| ≤ atol + rtol·|b| (rtol 1e-3, atol 1e-5).
//  - PASSED otherwise.
//
// The backend suite feeds every operand as a graph input, while the engine plans buffers once per model
// and so takes weights and shape-like operands only as constants (SPEC §4.2). Before building the
// Network, the runner therefore turns into initializers (with that data set's values):
//  - every int64 or int32 input (shapes, axes, pads, indices), and
//  - every float input that some node reads at an operand position the engine only accepts as a
//    constant: the table kConstantOperands below (weights of Conv, batch-norm statistics, Clip bounds,
//    Resize scales, Pad values...).
// The remaining float inputs are fed at run time. This changes no result: the same values reach the same
// operator, only known earlier.
//
// DYVE_CONFORMANCE_FILTER=substring runs only the cases whose name ("node/test_conv_...") contains it;
// DYVE_CONFORMANCE_VERBOSE=1 prints every case and the reason it was skipped.
#include "core/errors.h"
#include "graph/graph.h"
#include "import/onnx_importer.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <onnx/onnx_pb.h>

#include <QDir>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

using namespace dyve;

namespace {

// Operand positions (index ≥ 1) that the engine takes only as constants, per ONNX operator.
const std::map<std::string, std::set<size_t>> kConstantOperands = {
    {"Conv", {1, 2}},
    {"ConvTranspose", {1, 2}},
    {"BatchNormalization", {1, 2, 3, 4}},
    {"InstanceNormalization", {1, 2}},
    {"Clip", {1, 2}},
    {"Pad", {1, 2, 3}},
    {"Reshape", {1}},
    {"Resize", {1, 2, 3}},
    {"Upsample", {1}},
    {"Squeeze", {1}},
    {"Unsqueeze", {1}},
    {"Dropout", {1, 2}},
    {"LSTM", {1, 2, 3, 4, 5, 6, 7}},
    {"GRU", {1, 2, 3, 4, 5}},
    {"Slice", {1, 2, 3, 4}},
    {"Split", {1}},
    {"Expand", {1}},
    {"Tile", {1}},
    {"ReduceMean", {1}},
    {"ReduceSum", {1}},
    {"ReduceMax", {1}},
    {"ReduceMin", {1}},
    {"ReduceProd", {1}},
    {"ReduceL1", {1}},
    {"ReduceL2", {1}},
    {"ReduceSumSquare", {1}},
    {"ReduceLogSum", {1}},
    {"ReduceLogSumExp", {1}},
};

constexpr double kRtol = 1e-3;
constexpr double kAtol = 1e-5;

enum class Outcome { Passed, Failed, Skipped };

struct CaseResult {
    Outcome outcome = Outcome::Passed;
    std::string reason;
};

struct Tally {
    int passed = 0, failed = 0, skipped = 0;
    void add(Outcome o) { (o == Outcome::Passed ? passed : o == Outcome::Failed ? failed : skipped) += 1; }
};

// The element type of a serialized TensorProto, which readOnnxTensorFile folds into Float32/Int64.
int tensorFileType(const std::string& path) {
    onnx::TensorProto proto;
    std::ifstream in(path, std::ios::binary);
    if (!proto.ParseFromIstream(&in)) return onnx::TensorProto::UNDEFINED;
    return proto.data_type();
}

const char* typeName(int type) {
    switch (type) {
    case onnx::TensorProto::FLOAT:
        return "float";
    case onnx::TensorProto::INT64:
        return "int64";
    case onnx::TensorProto::INT32:
        return "int32";
    case onnx::TensorProto::BOOL:
        return "bool";
    case onnx::TensorProto::STRING:
        return "string";
    case onnx::TensorProto::DOUBLE:
        return "double";
    case onnx::TensorProto::FLOAT16:
        return "float16";
    case onnx::TensorProto::UINT8:
        return "uint8";
    case onnx::TensorProto::INT8:
        return "int8";
    default:
        return "other";
    }
}

// The files input_0.pb, input_1.pb... (or output_N.pb) of a data set, in index order.
std::vector<std::string> numberedFiles(const QDir& dataSet, const QString& prefix) {
    std::vector<std::string> files;
    for (int i = 0;; ++i) {
        const QString file = dataSet.filePath(QString("%1_%2.pb").arg(prefix).arg(i));
        if (!QFileInfo::exists(file)) break;
        files.push_back(file.toStdString());
    }
    return files;
}

bool readAsConstant(const Graph& g, const std::string& value) {
    for (const Node& n : g.nodes) {
        auto it = kConstantOperands.find(n.op);
        if (it == kConstantOperands.end()) continue;
        for (size_t i = 1; i < n.inputs.size(); ++i)
            if (n.inputs[i] == value && it->second.count(i)) return true;
    }
    return false;
}

// Compares with ONNX's backend tolerance; on a mismatch, says where and how much.
bool sameValues(const Tensor& got, const Tensor& expected, std::string& why) {
    if (got.shape != expected.shape) {
        why = "shape " + toString(got.shape) + ", expected " + toString(expected.shape);
        return false;
    }
    double worst = -1.0;
    size_t worstAt = 0;
    bool ok = true;
    for (size_t i = 0; i < expected.floats.size(); ++i) {
        const double a = got.floats[i], b = expected.floats[i];
        if (std::isnan(a) && std::isnan(b)) continue;
        if (std::isinf(b) && a == b) continue;
        const double err = std::isnan(a) || std::isnan(b) ? INFINITY : std::abs(a - b);
        if (!(err <= kAtol + kRtol * std::abs(b))) ok = false;
        if (err > worst) {
            worst = err;
            worstAt = i;
        }
    }
    if (!ok) {
        char text[160];
        std::snprintf(text, sizeof text, "worst |error| %.6g at element %zu (got %.6g, expected %.6g)", worst,
                      worstAt, static_cast<double>(got.floats[worstAt]),
                      static_cast<double>(expected.floats[worstAt]));
        why = text;
    }
    return ok;
}

CaseResult runDataSet(const Graph& imported, const QDir& dataSet) {
    const std::vector<std::string> inputFiles = numberedFiles(dataSet, "input");
    const std::vector<std::string> outputFiles = numberedFiles(dataSet, "output");
    for (const std::string& f : outputFiles) {
        const int type = tensorFileType(f);
        if (type != onnx::TensorProto::FLOAT)
            return {Outcome::Skipped, std::string("non-float output (") + typeName(type) + ")"};
    }
    if (inputFiles.size() != imported.inputs.size())
        return {Outcome::Failed, "the model has " + std::to_string(imported.inputs.size()) +
                                     " inputs, the data set " + std::to_string(inputFiles.size())};

    Graph graph = imported;
    graph.inputs.clear();
    std::vector<Tensor> feeds;
    for (size_t i = 0; i < inputFiles.size(); ++i) {
        const ValueInfo& info = imported.inputs[i];
        const int type = tensorFileType(inputFiles[i]);
        const bool integer = type == onnx::TensorProto::INT64 || type == onnx::TensorProto::INT32;
        if (type != onnx::TensorProto::FLOAT && !integer)
            return {Outcome::Skipped, std::string("non-float input (") + typeName(type) + ")"};
        Tensor value = readOnnxTensorFile(inputFiles[i]);
        if (integer || readAsConstant(imported, info.name)) {
            graph.initializers[info.name] = std::move(value);
        } else {
            graph.inputs.push_back(info);
            feeds.push_back(std::move(value));
        }
    }

    std::unique_ptr<Network> net;
    try {
        net = std::make_unique<Network>(std::move(graph));
    } catch (const ImportError& e) {
        return {Outcome::Skipped, e.what()};
    } catch (const std::exception& e) {
        return {Outcome::Failed, std::string("load: ") + e.what()};
    }
    RunResult result;
    try {
        result = net->run(feeds);
    } catch (const std::exception& e) {
        return {Outcome::Failed, std::string("run: ") + e.what()};
    }
    if (result.outputs.size() != outputFiles.size())
        return {Outcome::Failed, std::to_string(result.outputs.size()) + " outputs, expected " +
                                     std::to_string(outputFiles.size())};
    for (size_t o = 0; o < outputFiles.size(); ++o) {
        std::string why;
        if (!sameValues(result.outputs[o], readOnnxTensorFile(outputFiles[o]), why))
            return {Outcome::Failed,
                    "output " + std::to_string(o) + " (" + imported.outputs.at(o) + "): " + why};
    }
    return {};
}

CaseResult runCase(const QDir& caseDir, std::string& operators) {
    Graph graph;
    try {
        graph = importOnnx(caseDir.filePath("model.onnx").toStdString());
    } catch (const ImportError& e) {
        operators = "(import)";
        return {Outcome::Skipped, e.what()};
    } catch (const std::exception& e) {
        operators = "(import)";
        return {Outcome::Failed, std::string("import: ") + e.what()};
    }
    std::set<std::string> ops;
    for (const Node& n : graph.nodes)
        ops.insert(n.op);
    for (const std::string& op : ops)
        operators += (operators.empty() ? "" : "+") + op;
    if (operators.empty()) operators = "Constant";

    const QStringList dataSets = caseDir.entryList({"test_data_set_*"}, QDir::Dirs, QDir::Name);
    if (dataSets.isEmpty()) return {Outcome::Skipped, "no test data set"};
    CaseResult result;
    for (const QString& set : dataSets) {
        try {
            result = runDataSet(graph, QDir(caseDir.filePath(set)));
        } catch (const std::exception& e) {
            result = {Outcome::Failed, std::string("data set: ") + e.what()};
        }
        if (result.outcome != Outcome::Passed) {
            if (result.outcome == Outcome::Failed) result.reason = set.toStdString() + ": " + result.reason;
            return result;
        }
    }
    return result;
}

} // namespace

class OnnxConformanceTest : public QObject {
    Q_OBJECT
private slots:
    void backendNodeAndPytorchCasesMatch() {
        const QDir root(dyve::test::onnxTestData());
        if (!root.exists()) QSKIP("libonnx-testdata is not installed");
        const QString filter = qEnvironmentVariable("DYVE_CONFORMANCE_FILTER");
        const bool verbose = qEnvironmentVariableIntValue("DYVE_CONFORMANCE_VERBOSE") != 0;

        Tally total;
        std::map<std::string, Tally> byOperator;
        std::vector<std::string> failures;
        for (const QString suite : {QStringLiteral("node"), QStringLiteral("pytorch-converted")}) {
            const QDir suiteDir(root.filePath(suite));
            for (const QString& name : suiteDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                const QString caseName = suite + '/' + name;
                if (!filter.isEmpty() && !caseName.contains(filter)) continue;
                if (verbose) {
                    std::printf("%s ...\n", qPrintable(caseName));
                    std::fflush(stdout);
                }
                std::string operators;
                const CaseResult r = runCase(QDir(suiteDir.filePath(name)), operators);
                total.add(r.outcome);
                byOperator[operators].add(r.outcome);
                if (r.outcome == Outcome::Failed) {
                    failures.push_back(caseName.toStdString() + " [" + operators + "]: " + r.reason);
                    std::printf("FAILED %s [%s]: %s\n", qPrintable(caseName), operators.c_str(),
                                r.reason.c_str());
                } else if (verbose) {
                    std::printf("  %s %s\n",
                                r.outcome == Outcome::Passed ? "passed" : "skipped:", r.reason.c_str());
                }
            }
        }

        std::printf("\n%-40s %7s %7s %7s\n", "operator(s)", "passed", "failed", "skipped");
        for (const auto& [ops, t] : byOperator)
            std::printf("%-40s %7d %7d %7d\n", ops.c_str(), t.passed, t.failed, t.skipped);
        std::printf("onnx conformance: %d passed, %d failed, %d skipped\n", total.passed, total.failed,
                    total.skipped);
        std::fflush(stdout);
        QVERIFY2(total.failed == 0, qPrintable(QString("%1 conformance cases failed").arg(total.failed)));
    }
};

QTEST_APPLESS_MAIN(OnnxConformanceTest)
#include "onnx_conformance_test.moc"
