// Scripted calls (scam-call lessons): the caller's lines as subtitles on the call screen,
// the learner's reply choices as buttons, and a uniform on a fake officer's video.
// The data is the world's "call_scripts" (call_script.h).
#include "phone/form_layout.h"
#include "phone/phone.h"
#include "phone/phone_app.h"

#include <algorithm>

namespace luyenso {

const CallScript* Phone::call_script() const
{
    if (!call_)
        return nullptr;
    const auto& scripts = world_.call_scripts;
    const auto it = std::find_if(scripts.begin(), scripts.end(),
                                 [&](const CallScript& s) { return s.caller == call_->contact; });
    return it == scripts.end() ? nullptr : &*it;
}

void Phone::add_call_script(ElementTree& tree) const
{
    const CallScript* script = call_script();
    if (!script)
        return;
    const CallState& c = *call_;
    // A uniform over the caller's picture: on the video once answered, else on the photo.
    if (script->look == "police") {
        const std::string under_id = c.video && c.connected ? "call.remote_video" : "call.contact.picture";
        const auto under = std::find_if(tree.begin(), tree.end(), [&](const Element& e) { return e.id == under_id; });
        if (under != tree.end()) {
            Element uniform = make_element("call.uniform", Role::Image, under->bounds, "Đồng phục công an");
            uniform.icon = std::string("uniform:police:") + (under->role == Role::VideoFeed ? "camera" : "round");
            tree.insert(under + 1, uniform); // right over the picture, under the words and buttons
        }
    }
    if (!c.connected)
        return;
    // What the caller says now: the reply to the learner's last choice, else the latest line.
    std::string line = call_reply_;
    if (line.empty()) {
        const std::int64_t talked_ms = clock_.now_ms() - c.connected_ms;
        for (const CallLine& l : script->lines)
            if (l.at_s * 1000LL <= talked_ms)
                line = l.text;
    }
    Column measure({}, 0, text_scale());
    const float button_h = std::max(56.0F, measure.line_h(21) + 14);
    float y = 580;
    for (auto it = script->choices.rbegin(); it != script->choices.rend(); ++it) {
        y -= button_h;
        Element b = make_button("call.choice." + it->id, {24, y, phone_width_dp - 48, button_h}, it->label, "",
                                Tone::Primary); // solid: readable over any camera picture
        b.filled = true;
        b.text_dp = 21;
        tree.push_back(b);
        y -= 8;
    }
    // The subtitles: on a video call under the small picture of the learner, above the
    // caller's face; on a voice call under the caller's name and timer (moved up for it),
    // never reaching into the choices.
    const float caption_w = phone_width_dp - 24;
    const float caption_top = c.video ? 212.0F : 244.0F;
    const float caption_h = std::max(
        0.0F, std::min(measure.text_h(line.empty() ? "…" : line, 21, caption_w - 24) + 16, y - 6 - caption_top));
    Element caption = make_text("call.caption", {12, caption_top, caption_w, caption_h}, line, 21);
    caption.icon = "caption";
    caption.detail = display_name(c.contact);
    tree.push_back(caption);
}

bool Phone::call_script_tap(const std::string& id, std::vector<Event>& events)
{
    const CallScript* script = call_script();
    if (!script || id.rfind("call.choice.", 0) != 0)
        return false;
    const std::string choice_id = id.substr(12);
    const auto it = std::find_if(script->choices.begin(), script->choices.end(),
                                 [&](const CallChoice& ch) { return ch.id == choice_id; });
    if (it == script->choices.end())
        return false;
    const CallChoice choice = *it;
    const std::string caller = call_->contact;
    events.push_back({"call.choice", {{"contact", caller}, {"choice", choice.id}}});
    if (choice.shares_otp) {
        // Read out on the phone: the newest code the learner received, if any.
        const IssuedOtp* latest = otps_.empty() ? nullptr : &otps_.back();
        nlohmann::json fields = {{"via", "call"},
                                 {"contact", caller},
                                 {"service", latest ? latest->service : ""},
                                 {"expired", latest && clock_.now_ms() > latest->expires_ms}};
        events.push_back({"otp.shared", fields});
    }
    if (!choice.reply.empty())
        call_reply_ = choice.reply;
    if (choice.ends_call)
        end_call("me", events);
    return true;
}

} // namespace luyenso
