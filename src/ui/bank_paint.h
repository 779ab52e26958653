// The bank app's own looks (elements whose `icon` starts with "bank."): see bank_paint.cpp.
#pragma once

#include "phone_paint.h"

namespace luyenso::ui {

// Draws `e` if it has a bank look and returns true; false leaves it to the usual roles.
bool paint_bank_look(const Painter& pt, const Element& e, const ElementTree& tree);

} // namespace luyenso::ui
