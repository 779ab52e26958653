// What the UI placed in one frame: every line of text and every button with its
// rectangle and the part of its window that shows it. The layout tests read it to prove
// that nothing overlaps and nothing is cut off; the contrast test reads the text's
// colours. Drawing code records through draw_text, wrapped_text and big_button; when no
// log is attached (the app), recording costs one null check.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace luyenso::ui {

enum class ItemKind {
    Text,      // a line of text around the phone
    Button,    // a button (its label is a Text owned by it)
    Area,      // a region nothing else may be drawn over (the phone)
    PhoneText, // a line of text on the phone's screen (its own layout: contrast only)
};

struct LayoutItem {
    ItemKind kind = ItemKind::Text;
    ImVec2 min;
    ImVec2 max;
    ImVec2 clip_min; // what of the item's window (and clip rectangle) is visible
    ImVec2 clip_max;
    bool scrolls = false;   // that window scrolls up and down: what lies below is reachable
    bool scrolls_x = false; // ... and sideways
    int owner = -1;         // a button's label: its button's index
    ImU32 ink = 0;          // a text's colour
    std::string text;
    std::string window; // the ImGui window's name, for messages
};

class LayoutLog {
public:
    void clear() { items_.clear(); }
    // Records an item drawn in the current ImGui window (or on `dl`, if not its list);
    // returns its index.
    int add(ItemKind kind, ImVec2 min, ImVec2 max, ImDrawList* dl, std::string text = {}, ImU32 ink = 0,
            int owner = -1);
    const std::vector<LayoutItem>& items() const { return items_; }

private:
    std::vector<LayoutItem> items_;
};

// The log of the current ImGui context's frame, or null when nothing records.
LayoutLog* layout_log();

// dl->AddText, recorded as one line of text `px` high.
void draw_text(ImDrawList* dl, ImFont* font, float px, ImVec2 at, ImU32 colour, const char* text,
               ItemKind kind = ItemKind::Text);
inline void draw_text(ImDrawList* dl, ImFont* font, float px, ImVec2 at, ImU32 colour, const std::string& text,
                      ItemKind kind = ItemKind::Text)
{
    draw_text(dl, font, px, at, colour, text.c_str(), kind);
}

} // namespace luyenso::ui
