// Learner-visible text in several languages.
#include "text/text.h"

namespace luyenso {

const std::string& LocalText::get(const std::string& lang) const
{
    static const std::string empty_text; // constant, never modified
    if (auto it = by_lang_.find(lang); it != by_lang_.end())
        return it->second;
    if (auto it = by_lang_.find("vi"); it != by_lang_.end())
        return it->second;
    return empty_text;
}

} // namespace luyenso
