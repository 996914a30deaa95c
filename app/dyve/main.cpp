// `dyve`: the headless command line of DyVE Studio (SPEC §5). Dispatches to one command per file and
// turns every failure into one line on stderr and the exit status scripts rely on (SPEC §5.1, §8).
#include "commands.h"
#include "model_context.h"
#include "printing.h"

#include "core/errors.h"
#include "data/model_card.h"

#include <cstdio>
#include <iostream>
#include <new>
#include <string>
#include <vector>

namespace {

using namespace dyve::cli;

struct Command {
    CommandSpec (*spec)();
    int (*run)(const Arguments&);
};

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        {infoSpec, commandInfo},   {runSpec, commandRun},   {evalSpec, commandEval},
        {sweepSpec, commandSweep}, {tuneSpec, commandTune}, {benchSpec, commandBench},
    };
    return all;
}

std::string generalHelp() {
    std::string text =
        "Usage: dyve COMMAND [OPTIONS] [ARGUMENTS]\n\n"
        "DyVE Studio's headless engine: inspect, run, evaluate, sweep, tune and benchmark ONNX and Caffe\n"
        "CNNs, dense or on the variable-effort path.\n\n"
        "Commands:\n";
    for (const Command& c : commands()) {
        const CommandSpec s = c.spec();
        text += "  " + s.name + std::string(8 - s.name.size(), ' ') + s.summary + "\n";
    }
    text += "\nWith no MODEL, commands use the bundled Fashion-MNIST CNN and its test set.\n"
            "Every command takes --help, --threads N, --json, --card FILE and --weights FILE.\n"
            "Run 'dyve COMMAND --help' for a command's options, 'dyve help card' for model cards.\n\n"
            "Exit status: 0 success, 1 a check failed, 2 bad usage or bad input.\n";
    return text;
}

// `dyve help card`: what a model card holds and where dyve looks for one (SPEC §5.2). A model without a
// card is refused with one short line pointing here.
std::string cardHelp() {
    return "Model cards\n\n"
           "ONNX and Caffe files do not say how to preprocess an image or what the outputs mean;\n"
           "a model card does. dyve looks for a model's card, in this order: --card FILE;\n"
           "<model>.card.json or <model stem>.card.json beside the model; a card in models/cards\n"
           "(or $DYVE_CARDS_DIR) whose \"sha256\" list holds the model file's SHA-256.\n\n" +
           dyve::requiredCardFieldsHelp() + "\n";
}

int fail(const std::string& message) {
    std::cout.flush();
    std::cerr << "dyve: " << oneLine(message) << std::endl;
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << generalHelp();
        return 2;
    }
    const std::string name = args.front();
    if (name == "-h" || name == "--help" || name == "help") {
        if (args.size() > 1 && args[1] == "card") {
            std::cout << cardHelp();
            return 0;
        }
        if (args.size() > 1)
            for (const Command& c : commands())
                if (c.spec().name == args[1]) {
                    std::cout << helpText(c.spec());
                    return 0;
                }
        std::cout << generalHelp();
        return 0;
    }
    if (name == "--version") {
        std::cout << "dyve " << DYVE_VERSION << std::endl;
        return 0;
    }

    const Command* command = nullptr;
    for (const Command& c : commands())
        if (c.spec().name == name) command = &c;
    if (!command) return fail("unknown command '" + name + "' (see 'dyve --help')");

    const CommandSpec spec = command->spec();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (asksForHelp(rest)) {
            std::cout << helpText(spec);
            return 0;
        }
        const Arguments arguments = parseArguments(spec, rest);
        applySparseWeights(arguments); // before the command builds its networks
        return command->run(arguments);
    } catch (const UsageError& e) {
        return fail(name + ": " + e.what() + " (see 'dyve " + name + " --help')");
    } catch (const dyve::Error& e) {
        return fail(e.what());
    } catch (const std::bad_alloc&) {
        return fail(name + ": out of memory (is the model or the input unreasonably large?)");
    } catch (const std::exception& e) {
        return fail(name + ": unexpected error: " + e.what());
    }
}
