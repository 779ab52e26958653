// The looks of the e-ID, Messages, browser and Settings apps and of scripted calls:
// paragraphs and alerts, radio rows, the ID and health-insurance cards, a look-alike
// web page with its address bar, links in messages, subtitles and a uniform on a call.
#pragma once

#include "phone_paint.h"

namespace luyenso::ui {

// Draws `e` if it has one of these looks and returns true; false leaves it to the usual roles.
bool paint_service_look(const Painter& pt, const Element& e, const ElementTree& tree);

} // namespace luyenso::ui
