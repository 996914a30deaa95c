// `dyve info MODEL`: layers, shapes, parameters and dense operations per layer (SPEC §5.1).
#include "commands.h"
#include "model_context.h"
#include "printing.h"

#include "eval/model_width.h"
#include "runtime/network.h"
#include "runtime/weight_policy.h"

#include <iostream>

namespace dyve::cli {

namespace {

// "sparse 0.210 ms (dense 0.450)": the product a convolution runs and, when both were timed, both times.
std::string weightPathText(const WeightPath& path) {
    const std::string chosen = path.sparse ? "sparse" : "dense";
    if (!path.measured) return chosen;
    const double mine = path.sparse ? path.sparseMs : path.denseMs;
    const double other = path.sparse ? path.denseMs : path.sparseMs;
    return chosen + " " + fixed(mine, 3) + " ms (" + (path.sparse ? "dense " : "sparse ") + fixed(other, 3) +
           ")";
}

nlohmann::ordered_json weightPathJson(const WeightPath& path) {
    if (!path.hasWeights) return nullptr;
    nlohmann::ordered_json json = {{"zero_share", path.zeroShare},
                                   {"product", path.sparse ? "sparse" : "dense"},
                                   {"measured", path.measured}};
    if (path.measured) {
        json["dense_ms"] = path.denseMs;
        json["sparse_ms"] = path.sparseMs;
    }
    return json;
}

} // namespace

CommandSpec infoSpec() {
    CommandSpec spec;
    spec.name = "info";
    spec.usage = "[MODEL] [OPTIONS]";
    spec.summary = "layers, shapes, parameters, dense operations and effort eligibility per layer";
    spec.options = commonOptions();
    spec.details =
        "MODEL is an .onnx file or a Caffe .prototxt (weights: the .caffemodel beside it, or --weights).\n"
        "Operations are counted as SPEC 4.6 does: one multiply-accumulate is one operation; other\n"
        "layers count one per output element (pooling: one per window element). Shapes are for batch 1.\n"
        "The effort column says which layers run their effort path under --effort (SPEC 4.3-4.6): a Conv or\n"
        "Gemm whose output goes through a ReLU only it feeds (directly, after a MaxPool, or after a "
        "residual\n"
        "Add); '(by X)' marks a Relu or Add whose work layer X does; a Conv or Gemm left dense gives its "
        "reason\n"
        "below the table.\n"
        "'zero weights' is the share of a convolution's weights that are exactly 0; 'product' whether it\n"
        "multiplies all of them (dense) or only the non-zero ones (sparse). A convolution with a fifth or\n"
        "more of its weights zero times both products on its shape when the model is planned and keeps the\n"
        "sparse one when it takes at most 90% of the dense one's time, shown with both median times:\n"
        "'sparse 0.210 ms (dense 0.450)'; --sparse-weights dense or sparse decides without timing.\n"
        "--json prints {\"model\", \"format\", \"inputs\", \"outputs\", \"layers\": [{\"name\", \"op\",\n"
        "\"output_shape\", \"parameters\", \"ops_dense\", \"effort\" (true, false, or for a Relu or Add the\n"
        "effort layer that does its work), \"effort_ineligibility\" (or null), \"weights\" (null, or\n"
        "{\"zero_share\", \"product\": \"dense\" or \"sparse\", \"measured\", \"dense_ms\", "
        "\"sparse_ms\"})}], \"parameters\", "
        "\"ops_dense\",\n"
        "\"effort_layers\", \"width_steps\" (null, or [{\"width\", \"output\", \"ops_dense\", "
        "\"ops_executed\"}] from the "
        "card), \"card\"}.";
    return spec;
}

int commandInfo(const Arguments& args) {
    if (args.positionals.size() > 1)
        throw UsageError("expects one MODEL, got " + std::to_string(args.positionals.size()) + " arguments");
    const bool json = args.has("json");
    applyThreads(args);
    SelectedModel model =
        selectModel(args.positionals.empty() ? std::string() : args.positionals[0], args, false);
    Network network(std::move(model.graph));
    const Graph& graph = network.graph();

    int64_t parameters = 0;
    TextTable table;
    table.addRow(
        {"#", "layer", "op", "output", "parameters", "dense ops", "zero weights", "product", "effort"});
    int sparseLayers = 0;
    std::vector<std::string> reasons;
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (size_t i = 0; i < network.layers().size(); ++i) {
        const LayerInfo& l = network.layers()[i];
        const Shape out = l.outputShapes.empty() ? Shape{} : l.outputShapes.front();
        parameters += l.parameters;
        std::string effort = l.effortEligible ? "yes" : "";
        if (!l.effortIneligibility.empty()) {
            effort = "no (" + std::to_string(reasons.size() + 1) + ")";
            reasons.push_back(l.effortIneligibility);
        }
        if (!l.effortHead.empty()) effort = "(by " + l.effortHead + ")";
        const WeightPath& path = l.weightPath;
        sparseLayers += path.sparse ? 1 : 0;
        table.addRow({std::to_string(i + 1), l.name, l.op, toString(out), std::to_string(l.parameters),
                      std::to_string(l.denseOps), path.hasWeights ? percent(path.zeroShare, 1) : "",
                      path.hasWeights ? weightPathText(path) : "", effort});
        nlohmann::ordered_json effortJson = l.effortEligible;
        if (!l.effortHead.empty()) effortJson = l.effortHead;
        layers.push_back({{"name", l.name},
                          {"op", l.op},
                          {"input_shapes", l.inputShapes},
                          {"output_shape", shapeJson(out)},
                          {"parameters", l.parameters},
                          {"ops_dense", l.denseOps},
                          {"effort", effortJson},
                          {"effort_ineligibility", l.effortIneligibility.empty()
                                                       ? nlohmann::ordered_json(nullptr)
                                                       : nlohmann::ordered_json(l.effortIneligibility)},
                          {"weights", weightPathJson(l.weightPath)}});
    }

    std::ostream& out = humanOut(json);
    out << "model:  " << model.path << " (" << graph.sourceFormat
        << (graph.opsetVersion ? ", opset " + std::to_string(graph.opsetVersion) : std::string()) << ")\n";
    if (model.card) out << "card:   " << model.card->file << " (" << model.card->name << ")\n";
    for (size_t i = 0; i < graph.inputs.size(); ++i)
        out << "input:  " << graph.inputs[i].name << " " << toString(network.inputShapes().at(i)) << "\n";
    out << "\n";
    table.print(out);
    for (size_t r = 0; r < reasons.size(); ++r)
        out << "(" << r + 1 << ") " << reasons[r] << "\n";
    out << "\n"
        << network.layers().size() << " layers, " << parameters << " parameters ("
        << siNumber(double(parameters)) << "), " << network.denseOps() << " dense operations per image ("
        << siNumber(double(network.denseOps())) << "); " << network.effortLayers().size()
        << " layers take the effort path; " << sparseLayers
        << " convolutions multiply only their non-zero weights (--sparse-weights "
        << toString(sparseWeights()) << ")\n";

    // The widths the card says the model was trained for, each with its operations (issue 16).
    nlohmann::ordered_json widths = nullptr;
    if (model.card && !model.card->widthSteps.empty()) {
        const WidthSteps& steps = model.card->widthSteps;
        widths = nlohmann::ordered_json::array();
        out << "widths: trained at";
        for (size_t i = 0; i < steps.fractions.size(); ++i) {
            network.setWidth({steps.fractions[i], steps.outputs[i]});
            // Executed: the dense operations less the nesting's zero weights, which the product skips.
            const int64_t executed = denseExecutedOps(network);
            out << (i ? ", " : " ") << widthText(steps.fractions[i]) << " (" << steps.outputs[i] << ", "
                << siNumber(double(network.denseOps())) << " operations, " << siNumber(double(executed))
                << " executed)";
            widths.push_back({{"width", steps.fractions[i]},
                              {"output", steps.outputs[i]},
                              {"ops_dense", network.denseOps()},
                              {"ops_executed", executed}});
        }
        network.setWidth({});
        out << (steps.nested ? "; nested: a wider run reuses a narrower one's channels" : "") << "\n";
    } else {
        out << "widths: not trained for narrower widths; --width truncates every convolution\n";
    }

    if (json) {
        nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
        for (size_t i = 0; i < graph.inputs.size(); ++i)
            inputs.push_back(
                {{"name", graph.inputs[i].name}, {"shape", shapeJson(network.inputShapes().at(i))}});
        nlohmann::ordered_json doc = {{"model", model.path},
                                      {"format", graph.sourceFormat},
                                      {"opset", graph.opsetVersion},
                                      {"inputs", inputs},
                                      {"outputs", graph.outputs},
                                      {"layers", layers},
                                      {"parameters", parameters},
                                      {"ops_dense", network.denseOps()},
                                      {"effort_layers", network.effortLayers()},
                                      {"width_steps", widths},
                                      {"card", model.card ? nlohmann::ordered_json(model.card->file)
                                                          : nlohmann::ordered_json(nullptr)}};
        printJson(doc);
    }
    return 0;
}

} // namespace dyve::cli
