#include "jobs/model_file_check.h"

#include "core/errors.h"
#include "effort/effort_profile.h"

namespace dyve::ui {

void requireModelUnchanged(const QString& model, const QString& weights, const QString& sha256) {
    if (sha256.isEmpty()) return;
    const std::string file = model.toStdString();
    std::string now;
    try {
        now = dyve::effortModelDigest(file, weights.toStdString());
    } catch (const dyve::Error& e) {
        throw dyve::ModelError(file, "cannot be read any more since it was opened (" + e.reason() + ")");
    }
    if (now != sha256.toStdString())
        throw dyve::ModelError(file,
                               "changed on disk since it was opened; open it again to use the new file");
}

} // namespace dyve::ui
