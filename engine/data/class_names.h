#pragma once

#include <string>
#include <vector>

namespace dyve {

// Class names, one per line, in class-index order (SPEC §5.2): a model card's classes_file, a data set's
// classes.txt or synset_words.txt. A leading WordNet id ("n01440764 tench, Tinca tinca") is dropped so
// that ImageNet's synset_words.txt can be used as it is. Throws DataError "<file>[:line]: reason" for an
// unreadable file, an empty list, or a blank line between names (it would shift every later index). Names
// are made printable (core/text.h), at most kMaxQuotedChars characters.
std::vector<std::string> readClassNames(const std::string& path);

} // namespace dyve
