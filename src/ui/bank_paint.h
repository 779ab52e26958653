// The bank app's own looks (elements whose `icon` starts with "bank."): see bank_paint.cpp.
#pragma once

#include "phone_paint.h"

namespace luyenso::ui {

// The bank's teal: its app icon, header and card (white on it 7.3:1, and 4.6:1 under the
// ring's halo; its card's pale text #DDF1F2 6.2:1).
inline constexpr ImU32 bank_teal = IM_COL32(0x0A, 0x60, 0x69, 0xFF);

// Draws `e` if it has a bank look and returns true; false leaves it to the usual roles.
bool paint_bank_look(const Painter& pt, const Element& e, const ElementTree& tree);

} // namespace luyenso::ui
