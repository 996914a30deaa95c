#pragma once

#include "models/inference_result.h"

#include "data/dataset.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace dyve::ui {

// The inputs the studio steps through (SPEC §6 "open images / folder / labelled data set"): either a
// data set the engine reads (list file, folder per class, IDX — with labels) or plain image files.
// Images are decoded on demand, on the inference thread, so opening a large set costs nothing up front.
class InputSet {
public:
    InputSet() = default;
    // One folder or file: a data set when the engine recognises one, else the image(s) it holds; several
    // paths: image files. Throws dyve::DataError naming the path when there is nothing to show.
    static InputSet open(const QStringList& paths);

    size_t size() const;
    QString name(size_t i) const;
    int label(size_t i) const; // -1 when unknown
    // Throws dyve::DataError "<file>: cannot read image (...)" for unreadable files.
    cv::Mat image(size_t i) const;
    QStringList classNames() const; // named by the data set itself; empty otherwise
    QString source() const { return m_source; }
    InputSetSummary summary() const;

private:
    std::shared_ptr<const dyve::Dataset> m_dataset; // a labelled set, or null
    std::vector<std::string> m_files;               // plain images when m_dataset is null
    QString m_source;
};

} // namespace dyve::ui
