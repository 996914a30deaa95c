// `dyve info MODEL`: layers, shapes, parameters and dense operations per layer (SPEC §5.1).
#include "commands.h"
#include "model_context.h"
#include "printing.h"

#include "runtime/network.h"

#include <iostream>

namespace dyve::cli {

CommandSpec infoSpec() {
    CommandSpec spec;
    spec.name = "info";
    spec.usage = "[MODEL] [OPTIONS]";
    spec.summary = "layers, shapes, parameters and dense operations per layer";
    spec.options = commonOptions();
    spec.details =
        "MODEL is an .onnx file or a Caffe .prototxt (weights: the .caffemodel beside it, or --weights).\n"
        "Operations are counted as SPEC 4.6 does: one multiply-accumulate is one operation; other\n"
        "layers count one per output element (pooling: one per window element). Shapes are for batch 1.\n"
        "--json prints {\"model\", \"format\", \"inputs\", \"outputs\", \"layers\": [{\"name\", \"op\",\n"
        "\"output_shape\", \"parameters\", \"ops_dense\"}], \"parameters\", \"ops_dense\", \"card\"}.";
    return spec;
}

int commandInfo(const Arguments& args) {
    if (args.positionals.size() > 1)
        throw UsageError("expects one MODEL, got " + std::to_string(args.positionals.size()) + " arguments");
    const bool json = args.has("json");
    applyThreads(args);
    const SelectedModel model =
        selectModel(args.positionals.empty() ? std::string() : args.positionals[0], args, false);
    Network network(loadSelectedModel(model));
    const Graph& graph = network.graph();

    int64_t parameters = 0;
    TextTable table;
    table.addRow({"#", "layer", "op", "output", "parameters", "dense ops"});
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (size_t i = 0; i < network.layers().size(); ++i) {
        const LayerInfo& l = network.layers()[i];
        const Shape out = l.outputShapes.empty() ? Shape{} : l.outputShapes.front();
        parameters += l.parameters;
        table.addRow({std::to_string(i + 1), l.name, l.op, toString(out), std::to_string(l.parameters),
                      std::to_string(l.denseOps)});
        layers.push_back({{"name", l.name},
                          {"op", l.op},
                          {"input_shapes", l.inputShapes},
                          {"output_shape", shapeJson(out)},
                          {"parameters", l.parameters},
                          {"ops_dense", l.denseOps}});
    }

    std::ostream& out = humanOut(json);
    out << "model:  " << model.path << " (" << graph.sourceFormat
        << (graph.opsetVersion ? ", opset " + std::to_string(graph.opsetVersion) : std::string()) << ")\n";
    if (model.card) out << "card:   " << model.card->file << " (" << model.card->name << ")\n";
    for (size_t i = 0; i < graph.inputs.size(); ++i)
        out << "input:  " << graph.inputs[i].name << " " << toString(network.inputShapes().at(i)) << "\n";
    out << "\n";
    table.print(out);
    out << "\n"
        << network.layers().size() << " layers, " << parameters << " parameters ("
        << siNumber(double(parameters)) << "), " << network.denseOps() << " dense operations per image ("
        << siNumber(double(network.denseOps())) << ")\n";

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
                                      {"card", model.card ? nlohmann::ordered_json(model.card->file)
                                                          : nlohmann::ordered_json(nullptr)}};
        printJson(doc);
    }
    return 0;
}

} // namespace dyve::cli
