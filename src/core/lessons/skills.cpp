#include "lessons/skills.h"

#include "lessons/lesson.h"

#include <algorithm>
#include <iterator>

namespace luyenso {

namespace {

constexpr Skill skills[] = {
    {"video-call", "Gọi video", "Video calls", "video"},
    {"voice-call", "Gọi thoại", "Voice calls", "phone"},
    {"group-chat", "Nhắn tin nhóm", "Group chats", "group"},
    {"chat", "Nhắn tin", "Messages", "app_chat"},
    {"send-photo", "Gửi ảnh", "Sending photos", "photo"},
    {"voice-message", "Tin nhắn thoại", "Voice messages", "mic"},
    {"typing", "Gõ chữ tiếng Việt", "Typing Vietnamese", "keypad"},
    {"qr-payment", "Thanh toán bằng mã QR", "QR payments", "bank_qr"},
    {"bill-payment", "Thanh toán hoá đơn", "Bill payments", "bank_bill"},
    {"bank-transfer", "Chuyển khoản", "Bank transfers", "bank_transfer"},
    {"e-id", "Định danh điện tử (VNeID)", "e-ID (VNeID)", "app_eid"},
    {"scam-safety", "Phòng tránh lừa đảo", "Scam safety", "warning"},
    {"scam", "Nhận biết lừa đảo", "Spotting scams", "warning"}, // the older tag of scam-safety
    {"otp", "Giữ bí mật mã OTP", "Keeping OTP codes secret", "lock"},
    {"sms", "Tin nhắn SMS", "SMS", "app_sms"},
    {"browser", "Trình duyệt web", "Web browser", "app_browser"},
    {"settings", "Cài đặt điện thoại", "Phone settings", "settings"},
    {"phone-basics", "Dùng điện thoại cơ bản", "Phone basics", ""}, // the lesson's other skill says which
    {"touch", "Chạm, chạm giữ và vuốt", "Tap, hold and swipe", "chevron_up"},
    {"navigation", "Quay lại và về màn hình chính", "Back and home", "back"},
    {"telex", "Gõ dấu kiểu Telex", "Telex typing", "telex_key"},
    {"check-amount", "Kiểm tra số tiền", "Checking the amount", "magnifier"},
    {"bank-balance", "Xem số dư và lịch sử", "Balance and history", "clock"},
};

} // namespace

const Skill* find_skill(std::string_view id)
{
    const auto* it = std::find_if(std::begin(skills), std::end(skills), [&](const Skill& s) { return s.id == id; });
    return it == std::end(skills) ? nullptr : it;
}

std::vector<std::string> known_skill_ids()
{
    std::vector<std::string> ids;
    for (const Skill& s : skills)
        ids.emplace_back(s.id);
    return ids;
}

std::optional<std::string> misspelt_skill(const std::string& id)
{
    // Short tags are too close to each other to tell a typo from a new skill ("tts", "sms").
    if (find_skill(id) || id.size() < 5)
        return std::nullopt;
    return did_you_mean(id, known_skill_ids());
}

} // namespace luyenso
