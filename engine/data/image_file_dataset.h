#pragma once

#include "data/dataset.h"

namespace dyve {

// A data set of labelled image files, decoded on demand: what list files and folder-per-class sets become
// once their layout is read (SPEC §5.2).
class ImageFileDataset : public Dataset {
public:
    ImageFileDataset(std::string source, std::vector<std::string> files, std::vector<int> labels,
                     std::vector<std::string> classNames);

    size_t size() const override { return m_files.size(); }
    int label(size_t i) const override { return m_labels.at(i); }
    cv::Mat image(size_t i) const override;
    std::string describe(size_t i) const override { return m_files.at(i); }
    const std::vector<std::string>& classNames() const override { return m_classNames; }
    std::string source() const override { return m_source; }

private:
    std::string m_source; // the list file or the root folder
    std::vector<std::string> m_files;
    std::vector<int> m_labels;
    std::vector<std::string> m_classNames;
};

} // namespace dyve
