// The table of `luyenso check`'s messages (docs/lesson-format.md, "Checking a lesson").
// Vietnamese first for the organiser, in plain words; English beside it. Ids are stable:
// tools and tests name them; a new message gets a new id.
#include "text/messages.h"
#include "text/diagnostic.h"

#include <algorithm>

namespace luyenso {

namespace {

// clang-format off
const std::vector<MessageText> messages = {
    // The file itself (JSON syntax).
    {"file-empty", "the file is empty", "tệp trống"},
    {"fix-lesson-is-object", "a lesson is one JSON object", "một bài học là một nhóm { ... } viết theo JSON"},
    {"text-after-end", "unexpected text after the end of the JSON value", "còn chữ thừa sau dấu } cuối cùng"},
    {"fix-remove-or-move-inside", "remove it, or move it inside the one object { ... }", "hãy xóa đi, hoặc đưa nó vào trong dấu { ... }"},
    {"json-too-deep", "JSON nested too deeply", "các nhóm { } hoặc danh sách [ ] lồng vào nhau quá sâu"},
    {"expected-value", "expected a value but found {t0}", "chỗ này cần một giá trị nhưng lại gặp {t0}"},
    {"fix-write-a-value", "write text in double quotes, a number, true, false, null, an object { ... } or a list [ ... ]", "hãy viết chữ trong dấu ngoặc kép \"...\", một số, true, false, null, một nhóm { ... } hoặc một danh sách [ ... ]"},
    {"unknown-word", "unknown word", "từ này không hiểu được"},
    {"fix-literal", "did you mean {0}? (text values need double quotes)", "có phải bạn định viết {0}? (chữ thì phải đặt trong dấu ngoặc kép \"...\")"},
    {"digit-after-minus", "expected a digit after '-'", "sau dấu '-' phải là một chữ số"},
    {"fix-number-minus", "write a number such as -5", "hãy viết một số, ví dụ -5"},
    {"digit-after-point", "expected a digit after the decimal point", "sau dấu chấm thập phân phải là một chữ số"},
    {"fix-number-point", "write a number such as 2.5", "hãy viết một số, ví dụ 2.5"},
    {"digit-in-exponent", "expected a digit in the exponent", "số mũ thiếu chữ số"},
    {"fix-number-exponent", "write a number such as 1e6, or put it in double quotes if it is text", "hãy viết một số, ví dụ 1e6, hoặc đặt trong dấu ngoặc kép nếu đó là chữ"},
    {"number-out-of-range", "number out of range", "số quá lớn"},
    {"fix-smaller-number", "write a smaller number", "hãy viết một số nhỏ hơn"},
    {"bad-hex-escape", "expected four hexadecimal digits after \\u", "sau \\u phải có bốn chữ số hệ mười sáu"},
    {"fix-hex-escape", "write it as \\u00e9, or type the letter itself", "hãy viết như \\u00e9, hoặc gõ thẳng chữ đó"},
    {"not-utf8", "the file is not valid UTF-8 here", "tệp không phải mã UTF-8 ở chỗ này"},
    {"fix-save-utf8", "save it as UTF-8", "hãy lưu tệp theo mã UTF-8 (Unicode)"},
    {"missing-closing-quote", "text is missing its closing double quote", "chữ thiếu dấu ngoặc kép đóng"},
    {"fix-closing-quote", "add \" at the end of the text", "hãy thêm dấu \" ở cuối đoạn chữ"},
    {"missing-closing-quote-line", "text is missing its closing double quote before the end of the line", "chữ thiếu dấu ngoặc kép đóng trước khi hết dòng"},
    {"fix-closing-quote-line", "add \" at the end of the text (write a line break as \\n)", "hãy thêm dấu \" ở cuối đoạn chữ (muốn xuống dòng thì viết \\n)"},
    {"control-in-text", "a control character inside text", "trong chữ có một ký tự điều khiển"},
    {"fix-escape", "write it as an escape", "hãy viết nó bằng dấu \\ (ví dụ \\t)"},
    {"bad-surrogate", "a \\u escape of a high surrogate must be followed by a low surrogate", "một ký tự \\uD800-\\uDBFF phải có ngay sau nó một ký tự \\uDC00-\\uDFFF"},
    {"bad-low-surrogate", "invalid low surrogate in \\u escape", "ký tự \\u thứ hai của cặp không hợp lệ"},
    {"lone-low-surrogate", "a lone low surrogate in a \\u escape", "ký tự \\uDC00-\\uDFFF đứng một mình"},
    {"unknown-escape", "unknown escape in text", "sau dấu \\ là một ký tự không hiểu được"},
    {"fix-backslash", "a backslash must be written as \\\\", "muốn có dấu \\ thì viết hai lần: \\\\"},
    {"comma-before-brace", "a comma before '}' is not allowed in JSON", "trước dấu '}' không được có dấu phẩy"},
    {"comma-before-bracket", "a comma before ']' is not allowed in JSON", "trước dấu ']' không được có dấu phẩy"},
    {"fix-remove-it", "remove it", "hãy xóa dấu phẩy đó"},
    {"expected-key", "expected a key in double quotes but found {t0}", "chỗ này cần một tên mục trong dấu ngoặc kép nhưng lại gặp {t0}"},
    {"fix-key-in-quotes", "write the key in double quotes, as \"title\"", "hãy viết tên mục trong dấu ngoặc kép, như \"title\""},
    {"duplicate-key", "duplicate key \"{0}\" in the same object", "mục \"{0}\" được viết hai lần trong cùng một nhóm { }"},
    {"fix-keep-one", "keep only one of them", "hãy chỉ giữ lại một"},
    {"expected-colon", "expected ':' after the key \"{0}\" but found {t1}", "sau tên mục \"{0}\" cần dấu hai chấm ':' nhưng lại gặp {t1}"},
    {"fix-colon", "put ':' between the key and its value", "hãy đặt dấu ':' giữa tên mục và giá trị của nó"},
    {"expected-comma-brace", "expected ',' or '}' after the value of \"{0}\" but found {t1}", "thiếu dấu phẩy ',' hoặc dấu '}' sau giá trị của \"{0}\" (gặp {t1})"},
    {"fix-comma-brace", "add ',' before this if another key follows, or '}' if the object ends here", "hãy thêm dấu phẩy ',' ngay trước chỗ này nếu còn mục khác theo sau, hoặc dấu '}' nếu nhóm kết thúc ở đây"},
    {"expected-comma-bracket", "expected ',' or ']' in the list but found {t0}", "danh sách thiếu dấu phẩy ',' hoặc dấu ']' (gặp {t0})"},
    {"fix-comma-bracket", "add ',' between the items, or ']' if the list ends here", "hãy thêm dấu phẩy ',' giữa các mục, hoặc dấu ']' nếu danh sách kết thúc ở đây"},
    {"cannot-open", "cannot open the file ({t0})", "không mở được tệp ({t0})"},

    // Keys, types and texts (any part of a lesson).
    {"must-be-object", "{t0} must be an object {{ ... }}", "{t0} phải là một nhóm {{ ... }}"},
    {"unknown-key", "unknown key \"{0}\" in {t1}", "mục \"{0}\" không có trong {t1}"},
    {"fix-allowed-keys", "allowed keys: {0}", "các mục được dùng: {0}"},
    {"must-be-list", "\"{0}\" must be a list [ ... ]", "\"{0}\" phải là một danh sách [ ... ]"},
    {"needs-key", "{t0} needs \"{1}\"", "{t0} cần có mục \"{1}\""},
    {"needs-key-vi", "{t0} needs \"{1}\" (Vietnamese text)", "{t0} cần có mục \"{1}\" (chữ tiếng Việt)"},
    {"must-be-text", "\"{0}\" must be non-empty text in double quotes", "\"{0}\" phải là chữ (không để trống) trong dấu ngoặc kép"},
    {"must-be-whole-number", "\"{0}\" must be a whole number from {1} to {2}", "\"{0}\" phải là một số nguyên từ {1} đến {2}"},
    {"must-be-bool", "\"{0}\" must be true or false", "\"{0}\" phải là true (có) hoặc false (không)"},
    {"text-empty", "text must not be empty", "chữ không được để trống"},
    {"text-shape", "text must be \"...\" or {{\"vi\": \"...\", \"en\": \"...\"}}", "chữ phải viết là \"...\" hoặc {{\"vi\": \"...\", \"en\": \"...\"}}"},
    {"not-a-language", "\"{0}\" is not a language code", "\"{0}\" không phải là mã ngôn ngữ"},
    {"fix-language-codes", "use codes such as \"vi\", \"en\"", "hãy dùng mã như \"vi\", \"en\""},
    {"language-text-empty", "the \"{0}\" text must be non-empty text in double quotes", "chữ \"{0}\" phải là chữ (không để trống) trong dấu ngoặc kép"},
    {"vi-required", "Vietnamese text (\"vi\") is required", "phải có chữ tiếng Việt (\"vi\")"},
    {"fix-add-vi", "add \"vi\": \"...\" next to the other languages", "hãy thêm \"vi\": \"...\" bên cạnh các ngôn ngữ khác"},
    {"did-you-mean", "did you mean \"{0}\"?", "có phải ý bạn là \"{0}\"?"},
    {"fix-use-one-of", "use one of: {0}", "hãy dùng một trong: {0}"},
    {"must-be-one-of", "\"{0}\" has a value that is not allowed", "\"{0}\" có giá trị không được dùng"},
    {"must-be-colour", "\"{0}\" must be a colour like \"#3A7BD5\"", "\"{0}\" phải là một màu viết như \"#3A7BD5\""},
    {"bad-slug", "{t0} \"{1}\" must use only a-z, 0-9, '-' or '_'", "{t0} \"{1}\" chỉ được dùng chữ thường không dấu a-z, số 0-9, dấu '-' hoặc '_'"},
    {"bad-contact-id", "contact id \"{0}\" must use only a-z, 0-9, '-' or '_' (and not be \"me\")", "mã người liên hệ \"{0}\" chỉ được dùng chữ thường không dấu a-z, số 0-9, dấu '-' hoặc '_' (và không được là \"me\")"},
    {"bad-lesson-id", "lesson id \"{0}\" must use only a-z, 0-9, '-' or '_' (e.g. \"goi-video-cho-chau\")", "mã bài học \"{0}\" chỉ được dùng chữ thường không dấu a-z, số 0-9, dấu '-' hoặc '_' (ví dụ \"goi-video-cho-chau\")"},
    {"duplicate-id", "duplicate {t0} \"{1}\"", "{t0} \"{1}\" bị trùng"},
    {"fix-own-id", "give each its own id", "hãy đặt cho mỗi cái một mã riêng"},

    // Assets.
    {"asset-path-outside", "asset path \"{0}\" must be relative to the lesson and stay inside its folder (no \"..\", no leading \"/\", use \"/\" between folders)", "đường dẫn tệp \"{0}\" phải tính từ thư mục của bài học và nằm trong thư mục đó (không có \"..\", không bắt đầu bằng \"/\", dùng \"/\" giữa các thư mục)"},
    {"asset-not-found", "asset \"{0}\" not found (looked for {1})", "không tìm thấy tệp \"{0}\" (đã tìm ở {1})"},
    {"fix-put-file-there", "put the file there or correct the path", "hãy đặt tệp vào đó hoặc sửa lại đường dẫn"},
    {"asset-link-outside", "asset \"{0}\" is a link to {1}, outside the lesson's folder", "tệp \"{0}\" là lối tắt tới {1}, nằm ngoài thư mục của bài học"},
    {"fix-copy-file", "copy the file itself into the folder", "hãy chép chính tệp đó vào thư mục"},
    {"asset-not-wav", "asset \"{0}\" is not a WAV sound", "tệp \"{0}\" không phải là âm thanh WAV"},
    {"fix-save-wav", "save the recording as .wav", "hãy lưu bản ghi âm thành tệp .wav"},
    {"asset-not-picture", "asset \"{0}\" is not a PNG or JPEG picture", "tệp \"{0}\" không phải là ảnh PNG hay JPEG"},
    {"fix-save-png", "save it as .png", "hãy lưu ảnh thành tệp .png"},

    // The world.
    {"one-of", "{t0} has exactly one of {1}", "{t0} phải có đúng một trong các mục {1}"},
    {"unknown-photo", "unknown photo \"{0}\"", "không có ảnh \"{0}\""},
    {"fix-add-to-gallery", "add it to the world's \"gallery\"", "hãy thêm ảnh đó vào \"gallery\" của thế giới bài học"},
    {"unknown-sticker", "unknown sticker \"{0}\"", "không có nhãn dán \"{0}\""},
    {"unknown-scene", "unknown scene \"{0}\"", "không có cảnh \"{0}\""},
    {"timeline-needs-at", "a timeline item needs \"at\": the second after the lesson starts", "một việc trong \"timeline\" cần có \"at\": giây thứ mấy sau khi bài học bắt đầu"},
    {"unknown-chat", "unknown chat \"{0}\"", "không có cuộc trò chuyện \"{0}\""},
    {"fix-group-or-contact", "use a group id or a contact id", "hãy dùng mã của một nhóm hoặc của một người liên hệ"},
    {"world-needs-owner", "the world needs \"owner\": the person whose phone this is", "thế giới bài học cần có \"owner\": người chủ của chiếc điện thoại"},
    {"bad-time", "\"time\" must be a time of day like \"19:30\"", "\"time\" phải là giờ trong ngày, viết như \"19:30\""},
    {"unknown-contact", "unknown contact \"{0}\"", "không có người liên hệ \"{0}\""},
    {"fix-me-or-contact", "use \"me\" or the id of a contact in \"contacts\"", "hãy dùng \"me\" (chủ máy) hoặc mã của một người trong \"contacts\""},
    {"fix-add-contact", "add it to \"contacts\" first", "hãy thêm người đó vào \"contacts\" trước"},
    {"member-not-text", "a member is a contact id in double quotes", "mỗi thành viên là mã của một người liên hệ, trong dấu ngoặc kép"},
    {"group-needs-members", "a group chat needs \"members\": a list of contact ids", "một nhóm trò chuyện cần có \"members\": danh sách mã các người liên hệ"},
    {"id-used-by-contact", "the id \"{0}\" is already used by a contact or another group", "mã \"{0}\" đã được dùng cho một người liên hệ hoặc một nhóm khác"},
    {"second-chat", "a second chat with \"{0}\"", "có hai cuộc trò chuyện với \"{0}\""},
    {"fix-merge", "merge them into one", "hãy gộp lại làm một"},
    // The bank's accounts a typed transfer finds ("bank": {"accounts": [...]}).
    {"account-needs-bin", "an account needs \"bin\": the 6-digit number of its bank", "tài khoản cần có \"bin\": mã 6 số của ngân hàng giữ tài khoản đó"},
    {"account-bin-unknown", "no bank has the BIN \"{0}\"", "không có ngân hàng nào mang mã BIN \"{0}\""},
    {"fix-account-bin", "use a Napas member bank's BIN (Agribank 970405, Vietcombank 970436, ... see docs/bank-app.md), the learner's bank's \"bin\" or one in \"banks\"", "hãy dùng mã BIN của một ngân hàng thành viên Napas (Agribank 970405, Vietcombank 970436, ... xem docs/bank-app.md), \"bin\" của ngân hàng người học hoặc một mã trong \"banks\""},
    {"account-digits", "an account number is 6 to 19 digits in double quotes, such as \"0123456789\"", "số tài khoản gồm 6 đến 19 chữ số, đặt trong dấu ngoặc kép, ví dụ \"0123456789\""},
    {"account-needs-holder", "an account needs \"holder\": its holder's name as the bank shows it, such as \"NGUYEN VAN AN\"", "tài khoản cần có \"holder\": tên chủ tài khoản như ngân hàng hiện, ví dụ \"NGUYEN VAN AN\""},
    {"account-duplicate", "two accounts \"{0}\" at the bank {1}", "có hai tài khoản \"{0}\" ở cùng ngân hàng {1}"},
    {"fix-account-duplicate", "keep one of them", "hãy giữ lại một"},

    // Steps, conditions and actions.
    {"world-cannot-produce", "{t0} \"{1}\", so this can never happen", "{t0} \"{1}\", nên việc này không bao giờ xảy ra"},
    {"fix-add-choice", "add it to the \"choices\" of a call script in \"call_scripts\", or correct it", "hãy thêm lựa chọn đó vào \"choices\" của một kịch bản trong \"call_scripts\", hoặc sửa lại cho đúng"},
    {"fix-add-account", "add a saved recipient with it (\"bank\": {{\"beneficiaries\": [...]}}), an account the learner can type (\"bank\": {{\"accounts\": [...]}}) or a QR sticker with it (\"bank\": {{\"scenes\": [...]}}), or correct it", "hãy thêm một người nhận đã lưu có số tài khoản đó (\"bank\": {{\"beneficiaries\": [...]}}), một tài khoản người học có thể gõ (\"bank\": {{\"accounts\": [...]}}) hoặc một mã QR có số đó (\"bank\": {{\"scenes\": [...]}}), hoặc sửa lại cho đúng"},
    {"fix-add-page", "add the page to \"web\": {{\"pages\": [...]}}, or correct it", "hãy thêm trang đó vào \"web\": {{\"pages\": [...]}}, hoặc sửa lại cho đúng"},
    {"fix-it-has", "it has: {0}", "những cái đang có: {0}"},
    {"unknown-element", "unknown element \"{0}\": no screen of the phone shows it in this lesson's world", "không có nút hay ô \"{0}\": không màn hình nào của điện thoại có nó trong thế giới của bài học này"},
    {"fix-see-element-ids", "see docs/lesson-format.md for the element ids", "xem danh sách nút và ô trong docs/tra-cuu-bai-hoc.md"},
    {"condition-shape", "a condition is {{\"event\": NAME, ...}} or {{\"screen\": NAME, ...}}", "một điều kiện viết là {{\"event\": TÊN, ...}} hoặc {{\"screen\": TÊN, ...}}"},
    {"unknown-event", "unknown event \"{0}\"", "không có sự kiện \"{0}\""},
    {"fix-known-events", "known events: {0}", "các sự kiện có: {0}"},
    {"unknown-screen", "unknown screen \"{0}\"", "không có màn hình \"{0}\""},

    // Apps declared as data ("world": {"apps": [...]}).
    {"app-unknown-screen", "\"{0}\" is no screen of app \"{1}\"", "ứng dụng \"{1}\" không có màn hình \"{0}\""},
    {"app-duplicate-id", "duplicate id \"{0}\" in {t1}", "mã \"{0}\" bị trùng trong {t1}"},
    {"app-bad-id", "id \"{0}\" must use only a-z, 0-9, '-' or '_'", "mã \"{0}\" chỉ được dùng chữ a-z, số 0-9, dấu '-' hoặc '_'"},
    {"app-builtin-id", "\"{0}\" is a built-in app's id", "\"{0}\" là mã của một ứng dụng có sẵn"},
    {"app-bad-colour", "colour \"{0}\" must be written #RRGGBB", "màu \"{0}\" phải viết dạng #RRGGBB"},
    {"fix-colour-example", "for example \"#1E5AA8\"", "ví dụ \"#1E5AA8\""},
    {"app-low-contrast", "white text on \"{0}\" is hard to read (contrast {1}:1, at least 4.5:1)", "chữ trắng trên màu \"{0}\" khó đọc (độ tương phản {1}:1, cần ít nhất 4.5:1)"},
    {"fix-darker-colour", "choose a darker colour", "hãy chọn một màu đậm hơn"},
    {"app-unknown-kind", "unknown kind \"{0}\" of {t1}", "không có loại {t1} \"{0}\""},
    {"app-unknown-pictogram", "unknown pictogram \"{0}\"", "không có hình \"{0}\""},
    {"app-needs-sender", "an app with an OTP prompt needs \"sender\" (who texts the code)", "ứng dụng có ô nhập mã OTP cần mục \"sender\" (ai gửi tin nhắn chứa mã)"},
    {"app-needs-pin", "an app with a PIN prompt needs \"pin\"", "ứng dụng có ô nhập mã PIN cần mục \"pin\""},
    {"app-sms-needs-otp", "the SMS text needs {{otp}} where the code goes", "tin nhắn cần có {{otp}} ở chỗ đặt mã"},
    {"app-needs-screens", "an app needs at least one screen in \"screens\"", "ứng dụng cần ít nhất một màn hình trong \"screens\""},
    {"app-needs-list", "{t0} needs a non-empty \"{1}\" list", "{t0} cần danh sách \"{1}\" có ít nhất một mục"},
    {"app-amount-from", "\"amount_from\": \"{0}\" is no choice field of this app whose every choice has an \"amount\"", "\"amount_from\": \"{0}\" không phải là ô chọn nào của ứng dụng này có \"amount\" ở mọi lựa chọn"},
    {"app-not-digits", "\"{0}\" must be digits only", "\"{0}\" chỉ được có chữ số"},
    {"fix-known-screens", "known screens: {0}", "các màn hình có: {0}"},
    {"condition-one-of", "a condition needs exactly one of \"event\" or \"screen\"", "một điều kiện cần có đúng một trong hai mục \"event\" hoặc \"screen\""},
    {"condition-value", "a condition's \"{0}\" must be text, a number, true or false, or {{\"not\": one of them}}", "mục \"{0}\" của điều kiện phải là chữ, một số, true hoặc false, hoặc {{\"not\": một trong số đó}}"},
    {"bad-action", "bad {t0} action: {1}", "thao tác trong {t0} viết sai: {1}"},
    {"unsafe-needs-on", "an unsafe outcome needs \"on\": the event that makes it, such as {{\"event\": \"otp.shared\"}}", "một tình huống nguy hiểm cần có \"on\": sự kiện gây ra nó, ví dụ {{\"event\": \"otp.shared\"}}"},
    {"unsafe-on-event", "an unsafe outcome's \"on\" is an event, such as {{\"event\": \"call.choice\", \"choice\": \"chuyen-tien\"}}", "mục \"on\" của tình huống nguy hiểm là một sự kiện, ví dụ {{\"event\": \"call.choice\", \"choice\": \"chuyen-tien\"}}"},
    {"unsafe-needs-path", "an unsafe outcome needs \"path\": the actions, from the lesson's start, that lead to it (`luyenso check` plays them in test mode)", "một tình huống nguy hiểm cần có \"path\": các thao tác, từ đầu bài học, dẫn tới nó (`luyenso check` sẽ làm thử các thao tác đó)"},
    {"audio-shape", "\"audio\" is {{\"vi\": \"audio/step.wav\", ...}}: a recording per language", "\"audio\" viết là {{\"vi\": \"audio/buoc.wav\", ...}}: mỗi ngôn ngữ một bản ghi âm"},
    {"recording-path", "a recording is a path to a .wav file in double quotes", "bản ghi âm là đường dẫn tới một tệp .wav, trong dấu ngoặc kép"},
    {"step-needs-done-when", "a step needs \"done_when\": the event or screen that completes it", "mỗi bước cần có \"done_when\": sự kiện hoặc màn hình cho biết bước đã xong"},
    {"wrong-needs-on", "a wrong-action rule needs \"on\": {{\"tap\": ID}} or {{\"event\": NAME}}", "một quy tắc bấm sai cần có \"on\": {{\"tap\": MÃ}} hoặc {{\"event\": TÊN}}"},
    {"branch-needs-on", "a branch needs \"on\": the event or screen that selects it", "một nhánh cần có \"on\": sự kiện hoặc màn hình dẫn vào nhánh"},
    {"unreachable-step-branch", "step \"{0}\" can never be reached: step \"{1}\" always takes a branch before it and no branch goes to it", "không bao giờ tới được bước \"{0}\": bước \"{1}\" ngay trước nó luôn rẽ sang một nhánh khác, và không nhánh nào dẫn tới nó"},
    {"unreachable-step-before", "step \"{0}\" can never be reached: the step before it cannot be reached either and no branch goes to it", "không bao giờ tới được bước \"{0}\": bước ngay trước nó cũng không tới được, và không nhánh nào dẫn tới nó"},
    {"fix-add-branch-or-remove", "add a branch with \"go\": \"{0}\" or remove the step", "hãy thêm một nhánh có \"go\": \"{0}\" hoặc bỏ bước này đi"},
    {"branch-loop", "this branch goes back to step \"{0}\" and the lesson can never end: steps {1} go round for ever", "nhánh này quay lại bước \"{0}\" nên bài học không bao giờ kết thúc: các bước {1} cứ lặp mãi"},
    {"fix-branch-loop", "let one of them go on when its \"done_when\" holds (no branch on the same condition) or add a branch with \"go\": \"end\"", "hãy để một trong các bước đó đi tiếp khi \"done_when\" của nó xảy ra (không có nhánh nào cùng điều kiện) hoặc thêm một nhánh có \"go\": \"end\""},
    {"lesson-needs-format", "a lesson needs \"format\": 1", "bài học cần có \"format\": 1"},
    {"unsupported-format", "unsupported \"format\"", "\"format\" này không đọc được"},
    {"fix-format-1", "this version of Luyện Số reads format 1", "phiên bản Luyện Số này đọc \"format\": 1"},
    {"lesson-needs-skills", "a lesson needs \"skills\": a list such as [\"video-call\"]", "bài học cần có \"skills\": một danh sách như [\"video-call\"]"},
    {"skills-shape", "\"skills\" must be a non-empty list such as [\"video-call\"]", "\"skills\" phải là một danh sách không trống, như [\"video-call\"]"},
    {"skill-shape", "a skill is a tag such as \"video-call\" (a-z, 0-9, '-')", "một kỹ năng là một nhãn như \"video-call\" (chữ thường không dấu a-z, số 0-9, dấu '-')"},
    {"unknown-skill", "unknown skill \"{0}\"", "không có kỹ năng \"{0}\""},
    {"lesson-needs-world", "a lesson needs \"world\": whose phone it is and who is in it", "bài học cần có \"world\": điện thoại của ai và trong máy có những ai"},
    {"lesson-needs-steps", "a lesson needs \"steps\": a non-empty list of steps", "bài học cần có \"steps\": danh sách các bước, không để trống"},
    {"duplicate-step", "duplicate step id \"{0}\"", "mã bước \"{0}\" bị trùng"},
    {"fix-own-step-id", "give each step its own id", "hãy đặt cho mỗi bước một mã riêng"},
    {"unknown-step", "branch goes to unknown step \"{0}\"", "nhánh dẫn tới bước \"{0}\" nhưng không có bước đó"},
    {"fix-step-or-end", "use a step id or \"end\"", "hãy dùng mã của một bước hoặc \"end\" (kết thúc)"},
    {"scam-needs-unsafe", "a lesson with the skill \"scam-safety\" needs at least one unsafe outcome (\"unsafe\": [{{\"id\", \"on\", \"say\", \"path\"}}]) such as money sent, an OTP given away or a call returned to the scammer", "bài học có kỹ năng \"scam-safety\" cần ít nhất một tình huống nguy hiểm (\"unsafe\": [{{\"id\", \"on\", \"say\", \"path\"}}]) như chuyển tiền, đưa mã OTP hoặc gọi lại cho kẻ gian"},
    {"fix-see-lesson-format", "see docs/lesson-format.md", "xem docs/huong-dan-soan-bai.md"},

    // Playing the demonstrations.
    {"demo-refused", "demonstration action {0} ({1}) was refused: {m0}", "thao tác mẫu thứ {0} ({1}) không làm được: {m0}"},
    {"demo-incomplete", "the demonstration does not complete step \"{0}\": after it and a minute of waiting the phone shows \"{1}\" and the step still waits for {t2} \"{3}\"{4}. What happened on the phone in this step: {5}", "phần làm mẫu không làm xong bước \"{0}\": làm xong và chờ thêm một phút, điện thoại ở màn hình \"{1}\" mà bước vẫn chờ {t2} \"{3}\"{4}. Những gì đã xảy ra trên điện thoại ở bước này: {5}"},
    {"demo-incomplete-nothing", "the demonstration does not complete step \"{0}\": after it and a minute of waiting the phone shows \"{1}\" and the step still waits for {t2} \"{3}\"{4}. Nothing happened on the phone in this step", "phần làm mẫu không làm xong bước \"{0}\": làm xong và chờ thêm một phút, điện thoại ở màn hình \"{1}\" mà bước vẫn chờ {t2} \"{3}\"{4}. Ở bước này điện thoại không có sự kiện nào"},
    {"no-demo", "step \"{0}\" has no demonstration (\"demo\")", "bước \"{0}\" không có phần làm mẫu (\"demo\")"},
    {"fix-add-demo", "add the actions that do it", "hãy thêm các thao tác làm bước đó"},
    {"fix-demo-failed", "correct the step's \"demo\" or its \"done_when\" (luyenso --lesson {0} --step {1} --mode watch shows the phone there)", "hãy sửa \"demo\" hoặc \"done_when\" của bước (lệnh luyenso --lesson {0} --step {1} --mode watch cho xem điện thoại ở chỗ đó)"},
    {"demo-never-ends", "the demonstration never reaches the end of the lesson", "phần làm mẫu không bao giờ đi tới cuối bài"},
    {"fix-demo-ends", "let the demonstrations take branches that lead to the end", "hãy cho phần làm mẫu đi theo những nhánh dẫn tới cuối bài"},
    {"demo-unsafe", "the demonstration itself makes unsafe outcome \"{0}\" happen (at step \"{1}\")", "chính phần làm mẫu lại gây ra tình huống nguy hiểm \"{0}\" (ở bước \"{1}\")"},
    {"fix-demo-safe", "the demonstrations must show the safe way", "phần làm mẫu phải chỉ cách làm an toàn"},
    {"lesson-id-used", "lesson id \"{0}\" is already used by {1}", "mã bài học \"{0}\" đã được dùng cho {1}"},
    {"fix-other-lesson-id", "give this lesson another id", "hãy đặt cho bài này một mã khác"},
    {"no-such-path", "no such file or folder", "không có tệp hay thư mục này"},
    {"cannot-read-file", "cannot read the file", "không đọc được tệp"},
    {"pack-skipped", "the pack \"{0}\" is skipped ({1} lessons not loaded)", "gói bài \"{0}\" bị bỏ qua ({1} bài học chưa được mở)"},
    {"pack-skipped-one", "the pack \"{0}\" is skipped ({1} lesson not loaded)", "gói bài \"{0}\" bị bỏ qua ({1} bài học chưa được mở)"},
    {"fix-correct-pack", "correct pack.json as said above and its lessons load", "hãy sửa pack.json như đã nói ở trên, các bài học trong gói sẽ mở được"},
    {"cannot-read-folder", "cannot read the folder: {0}", "không đọc được thư mục: {0}"},
    {"lesson-link-outside", "this lesson is a link to {0}, outside its folder", "bài học này là lối tắt tới {0}, nằm ngoài thư mục của nó"},
    {"folder-not-pack", "this folder in the lessons folder is not a pack: it has no pack.json", "thư mục này trong thư mục bài học không phải là một gói bài: nó không có tệp pack.json"},
    {"fix-add-pack-json", "add one ({\"name\", \"version\", \"author\", \"languages\"}) or move it away", "hãy thêm tệp đó ({\"name\", \"version\", \"author\", \"languages\"}) hoặc chuyển thư mục đi chỗ khác"},
    {"lessons-folder-not-folder", "the lessons folder is not a folder", "thư mục bài học không phải là một thư mục"},
    {"language-code", "a language is a code in double quotes such as \"vi\", \"en\"", "mỗi ngôn ngữ là một mã trong dấu ngoặc kép, như \"vi\", \"en\""},
    {"languages-lacks-vi", "\"languages\" lacks \"vi\"", "\"languages\" thiếu \"vi\""},
    {"fix-add-vi-language", "add it: every lesson is in Vietnamese", "hãy thêm vào: bài học nào cũng có tiếng Việt"},
    {"pack-needs-languages", "pack.json needs \"languages\": the languages of its lessons, such as [\"vi\", \"en\"]", "pack.json cần có \"languages\": các ngôn ngữ của bài học trong gói, như [\"vi\", \"en\"]"},

    // Warnings.
    {"text-too-long", "{t0} ({1}) is {2} characters long; the screen shows {3} and cuts the rest with \"…\"", "{t0} ({1}) dài {2} ký tự; màn hình chỉ hiện {3} ký tự, phần còn lại bị cắt thành \"…\""},
    {"fix-shorter", "write it shorter", "hãy viết ngắn lại"},
    {"wrong-completes", "this wrong action also completes step \"{0}\": every event \"{1}\" that matches this \"on\" also matches the step's \"done_when\", which is tried first, so the step finishes and this rule's \"say\" is never shown", "thao tác sai này cũng làm xong bước \"{0}\": mọi sự kiện \"{1}\" khớp với \"on\" này đều khớp với \"done_when\" của bước, mà \"done_when\" được xét trước, nên bước coi như xong và lời \"say\" của quy tắc này không bao giờ hiện ra"},
    {"fix-wrong-completes", "make them differ: give \"done_when\" the right value of the field that tells them apart (such as \"contact\", \"account\" or \"amount\"), or give the wrong action a branch with \"mistake\": true", "hãy làm cho hai cái khác nhau: cho \"done_when\" giá trị đúng của mục phân biệt được (như \"contact\", \"account\" hay \"amount\"), hoặc cho thao tác sai một nhánh có \"mistake\": true"},
    {"number-while-typing", "\"text.changed\" with the number \"{0}\" holds while the learner is still typing: \"{0}\" is on the way to \"{0}0\", so the step would finish on a number the learner did not mean", "\"text.changed\" với số \"{0}\" đã khớp ngay khi người học còn đang gõ: gõ \"{0}0\" thì giữa chừng cũng có \"{0}\", nên bước sẽ xong với một con số người học không định gõ"},
    {"fix-text-entered", "use {{\"event\": \"text.entered\", ...}}: it counts what the field holds when it is left or sent", "hãy dùng {{\"event\": \"text.entered\", ...}}: sự kiện này lấy con số có trong ô lúc người học rời ô hoặc bấm gửi"},
    {"mojibake", "this text looks garbled: it was saved as UTF-8 and read back as Windows-1252 or Latin-1 (letters such as \"Ã\", \"Ä\", \"Æ°\", \"áº\")", "chữ này có vẻ bị lỗi phông: tệp lưu theo mã UTF-8 nhưng đã bị đọc lại theo mã Windows-1252 hoặc Latin-1 (có những chữ như \"Ã\", \"Ä\", \"Æ°\", \"áº\")"},
    {"fix-mojibake", "it was most likely \"{0}\": write that instead and save the file as UTF-8", "có lẽ định viết là \"{0}\": hãy viết lại như vậy và lưu tệp theo mã UTF-8"},

    // [SECTION] The world readers (bank, e-ID, SMS, web, settings, call scripts): issue 18.
    {"must-be-amount", "\"{0}\" must be a whole number of đồng from {1} (no dots or spaces: 35000)", "\"{0}\" phải là số tiền tính bằng đồng, một số nguyên từ {1} trở lên (viết liền, không có dấu chấm hay dấu cách: 35000)"},
    {"must-be-digits", "\"{0}\" must be {1} digits in double quotes, such as \"{2}\"", "\"{0}\" phải là {1} chữ số trong dấu ngoặc kép, ví dụ \"{2}\""},
    {"must-be-digits-range", "\"{0}\" must be {1} to {2} digits in double quotes, such as \"{3}\"", "\"{0}\" phải gồm từ {1} đến {2} chữ số trong dấu ngoặc kép, ví dụ \"{3}\""},
    {"qr-needs-bin", "a scene's QR needs \"bin\": the 6-digit number of the recipient's bank", "mã QR của cảnh cần có \"bin\": mã số 6 chữ số của ngân hàng người nhận"},
    {"qr-cannot-be-made", "this QR cannot be made: {0}", "không tạo được mã QR này: {0}"},
    {"scene-kind", "a scene's \"kind\" must be \"shop\" or \"bill\"", "\"kind\" của cảnh phải là \"shop\" (cửa hàng) hoặc \"bill\" (hóa đơn)"},
    {"line-must-be-text", "a line of text must be non-empty text in double quotes", "mỗi dòng phải là chữ (không để trống) trong dấu ngoặc kép"},
    {"scene-qr-and-payload", "a scene has either \"qr\" (its fields) or \"payload\" (its text), not both", "một cảnh có \"qr\" (các thông tin của mã) hoặc \"payload\" (chữ của mã), không được có cả hai"},
    {"scene-needs-qr", "a scene needs \"qr\": {{\"bin\", \"account\", \"name\", ...}} or \"payload\": the QR's text", "cảnh cần có \"qr\": {{\"bin\", \"account\", \"name\", ...}} hoặc \"payload\": chữ của mã QR"},
    {"invalid-needs-payload", "\"invalid\": true needs a broken \"payload\" text; a QR built from \"qr\" is always valid", "\"invalid\": true chỉ dùng với một \"payload\" hỏng; mã QR tạo từ \"qr\" thì luôn đúng"},
    {"payload-must-be-text", "\"payload\" must be the QR's text in double quotes", "\"payload\" phải là chữ của mã QR, trong dấu ngoặc kép"},
    {"payload-unreadable", "this payload cannot be read: {0} (write \"invalid\": true if the lesson shows a broken QR on purpose)", "chữ của mã QR này không đọc được: {0} (nếu bài học cố ý cho xem mã QR hỏng thì ghi \"invalid\": true)"},
    {"payload-valid-but-invalid", "this payload is a valid VietQR text, but the scene says \"invalid\": true", "chữ này là một mã VietQR đúng, nhưng cảnh lại ghi \"invalid\": true (mã hỏng); hãy bỏ \"invalid\" hoặc sửa chữ của mã"},
    {"payload-not-drawable", "this text cannot be drawn as a QR code: {0}", "chữ này không vẽ được thành mã QR: {0}"},
    {"confirm-with", "\"confirm_with\" must be \"pin\" or \"otp\"", "\"confirm_with\" phải là \"pin\" (mã PIN) hoặc \"otp\" (mã OTP gửi qua SMS)"},
    {"bank-needs-bin", "a bank needs \"bin\": its 6-digit number", "ngân hàng cần có \"bin\": mã số 6 chữ số của ngân hàng"},
    {"recipient-needs-account", "a saved recipient needs \"account\": their account number", "người nhận đã lưu cần có \"account\": số tài khoản của người đó"},
    {"bill-service", "a bill's \"service\" must be \"electricity\" or \"water\"", "\"service\" của hóa đơn phải là \"electricity\" (tiền điện) hoặc \"water\" (tiền nước)"},
    {"bill-code-shape", "a customer code uses only A-Z and 0-9, at most 20 of them: \"PA05010012345\"", "mã khách hàng chỉ gồm chữ in hoa không dấu A-Z và số 0-9, nhiều nhất 20 ký tự, ví dụ \"PA05010012345\""},
    {"bill-code-twice", "two bills of this service have the code \"{0}\"", "có hai hóa đơn cùng dịch vụ mang mã khách hàng \"{0}\"; hãy đổi mã của một hóa đơn"},
    {"bill-needs-amount", "a bill needs \"amount\": how many đồng it asks for", "hóa đơn cần có \"amount\": số tiền phải trả, tính bằng đồng"},
    {"transaction-needs-amount", "a past transaction needs \"amount\" (in đồng; \"incoming\": true for money received)", "giao dịch cũ cần có \"amount\" (tính bằng đồng; tiền nhận vào thì ghi thêm \"incoming\": true)"},
    {"transaction-kind", "\"kind\" must be \"qr\", \"transfer\" or \"bill\"", "\"kind\" phải là \"qr\" (quét mã), \"transfer\" (chuyển khoản) hoặc \"bill\" (hóa đơn)"},
    {"link-opens-no-page", "the link \"{0}\" opens no page", "đường liên kết \"{0}\" không mở ra trang nào"},
    {"fix-add-page-url", "add a page with this \"url\" to \"web\": {{\"pages\": [...]}}", "hãy thêm vào \"web\": {{\"pages\": [...]}} một trang có \"url\" này"},
    {"fix-add-page-url-has", "add a page with this \"url\" to \"web\": {{\"pages\": [...]}} (pages: {0})", "hãy thêm vào \"web\": {{\"pages\": [...]}} một trang có \"url\" này (các trang đang có: {0})"},
    {"id-number-shape", "\"id_number\" must be the 12 digits of a personal identification number, like \"010058001234\"", "\"id_number\" phải là 12 chữ số của số định danh cá nhân (số căn cước), ví dụ \"010058001234\""},
    {"phone-shape", "\"phone\" must be a 10-digit phone number, like \"0912 345 678\"", "\"phone\" phải là số điện thoại 10 chữ số, ví dụ \"0912 345 678\""},
    {"eid-needs-phone", "\"eid\" needs the registered \"phone\" (10 digits), or the owner's \"phone\"", "\"eid\" cần có \"phone\": số điện thoại đã đăng ký (10 chữ số), hoặc chủ máy (\"owner\") phải có \"phone\""},
    {"password-rules", "\"password\" breaks the app's rules: {0} (use 8-20 characters with a digit, an upper-case and a lower-case letter and a special character, like \"Giang@1958\")", "\"password\" không đúng quy định của ứng dụng: {0} (hãy dùng 8-20 ký tự, có chữ số, chữ hoa, chữ thường và một ký tự đặc biệt, ví dụ \"Giang@1958\")"},
    {"passcode-shape", "\"passcode\" must be 6 digits, like \"246810\"", "\"passcode\" (mã đăng nhập) phải là 6 chữ số, ví dụ \"246810\""},
    {"activated-needs-login", "an activated account needs its \"password\" and \"passcode\" (the learner logs in with them)", "tài khoản đã kích hoạt cần có \"password\" (mật khẩu) và \"passcode\" (mã 6 số): học viên đăng nhập bằng chúng"},
    {"otp-shape", "\"otp\" must be 6 digits, like \"482915\"", "\"otp\" phải là 6 chữ số, ví dụ \"482915\""},
    {"health-kind", "\"kind\" must be \"visit\" or \"vaccine\"", "\"kind\" phải là \"visit\" (khám bệnh) hoặc \"vaccine\" (tiêm chủng)"},
    {"url-shape", "\"url\" must start with \"https://\" or \"http://\"", "\"url\" phải bắt đầu bằng \"https://\" hoặc \"http://\""},
    {"page-look", "\"look\" must be \"eid\", \"bank\", \"prize\" or \"plain\"", "\"look\" phải là \"eid\" (giống VNeID), \"bank\" (giống ngân hàng), \"prize\" (trang trúng thưởng) hoặc \"plain\" (trang thường)"},
    {"field-id", "field id \"{0}\" must be a slug, unique on its page", "mã ô nhập \"{0}\" chỉ được dùng chữ thường không dấu a-z, số 0-9, dấu '-' hoặc '_', và không trùng với ô khác trên cùng trang"},
    {"field-kind", "\"kind\" must be \"text\", \"number\", \"password\" or \"otp\"", "\"kind\" phải là \"text\" (chữ), \"number\" (số), \"password\" (mật khẩu) hoặc \"otp\" (mã OTP)"},
    {"page-needs-button", "a page with \"fields\" needs a \"button\" to send them", "trang có \"fields\" (ô nhập) cần có \"button\": nút để gửi đi"},
    {"otp-text-needs-placeholder", "the text needs {{otp}} where the code goes", "tin nhắn cần có {{otp}} ở chỗ đặt mã"},
    {"next-no-page", "\"next\" names no page: \"{0}\"", "\"next\" dẫn tới trang \"{0}\" nhưng không có trang đó"},
    {"second-thread", "a second thread from \"{0}\"", "có hai chuỗi tin nhắn SMS từ \"{0}\""},
    {"sms-from", "an SMS in this thread is from \"me\" or from \"{0}\" (leave \"from\" out for the sender)", "tin nhắn SMS trong chuỗi này là của \"me\" (chủ máy) hoặc của \"{0}\" (tin của người gửi thì bỏ \"from\" đi)"},
    {"text-size", "\"text_size\" must be 100, 125, 150, 175 or 200", "\"text_size\" (cỡ chữ) phải là 100, 125, 150, 175 hoặc 200"},
    {"input-method", "\"input_method\" must be \"telex\" or \"vni\"", "\"input_method\" (kiểu gõ) phải là \"telex\" hoặc \"vni\""},
    {"tone-style", "\"tone_style\" must be \"old\" (hòa) or \"new\" (hoà)", "\"tone_style\" (cách đặt dấu) phải là \"old\" (hòa) hoặc \"new\" (hoà)"},
    {"fix-add-caller", "add the caller to \"contacts\" (a stranger has \"saved\": false)", "hãy thêm người gọi vào \"contacts\" (người lạ thì ghi \"saved\": false)"},
    {"second-script", "a second script for \"{0}\"", "có hai kịch bản cuộc gọi cho \"{0}\""},
    {"call-look", "\"look\" must be \"police\" (or leave it out)", "\"look\" chỉ có thể là \"police\" (giả làm công an), hoặc bỏ đi"},
    {"too-many-choices", "at most 3 choices fit on the call screen", "màn hình cuộc gọi chỉ chứa được nhiều nhất 3 lựa chọn; hãy bỏ bớt"},
    {"choice-id", "choice id \"{0}\" must be a slug, unique in its script", "mã lựa chọn \"{0}\" chỉ được dùng chữ thường không dấu a-z, số 0-9, dấu '-' hoặc '_', và không trùng trong cùng kịch bản"},

    // [SECTION] Chat scripts: what the other side of a chat writes back (issue 19).
    {"chat-script-group", "\"{0}\" is a group: a chat script is for a one-to-one chat, so \"chat\" names a contact", "\"{0}\" là một nhóm: kịch bản trò chuyện chỉ dùng cho cuộc trò chuyện riêng với một người, nên \"chat\" phải là mã một người trong \"contacts\""},
    {"second-chat-script", "a second chat script for \"{0}\"", "có hai kịch bản trò chuyện cho \"{0}\""},
    {"chat-script-needs-turns", "a chat script needs \"turns\": a list of at least one turn", "kịch bản trò chuyện cần có \"turns\": danh sách các lượt, ít nhất một lượt"},
    {"turn-id", "turn id \"{0}\" must be a slug, unique in its script", "mã lượt \"{0}\" chỉ được dùng chữ thường không dấu a-z, số 0-9, dấu '-' hoặc '_', và không trùng trong cùng kịch bản"},
    {"chat-choice-id", "reply id \"{0}\" must be a slug, unique among all the chat scripts", "mã câu trả lời \"{0}\" chỉ được dùng chữ thường không dấu a-z, số 0-9, dấu '-' hoặc '_', và không trùng với câu trả lời nào khác trong các kịch bản trò chuyện"},
    {"chat-choices-empty", "\"choices\" is empty: a fork needs the replies the learner can pick", "\"choices\" để trống: chỗ rẽ nhánh cần có các câu trả lời để người học chọn"},
    {"fix-choices-or-end", "write the replies ({{\"id\", \"label\", \"next\"}}), or leave \"choices\" out to end the conversation at this turn", "hãy viết các câu trả lời ({{\"id\", \"label\", \"next\"}}), hoặc bỏ hẳn \"choices\" nếu cuộc trò chuyện kết thúc ở lượt này"},
    {"too-many-chat-choices", "at most 3 suggested replies fit over the chat's input bar", "trên ô nhập tin nhắn chỉ đủ chỗ cho nhiều nhất 3 câu trả lời gợi ý; hãy bỏ bớt"},
    {"unknown-turn", "\"{0}\" names no turn of this script: \"{1}\"", "\"{0}\" dẫn tới lượt \"{1}\" nhưng kịch bản này không có lượt đó"},
    {"fix-turns-are", "the turns are: {0}", "các lượt đang có: {0}"},
    {"empty-turn", "nothing happens in this turn: give it \"messages\" (what the other side writes) or \"choices\" / \"typed\" (how the learner answers)", "lượt này không có gì xảy ra: hãy cho nó \"messages\" (người kia nhắn gì) hoặc \"choices\" / \"typed\" (người học trả lời thế nào)"},
    {"turn-unreachable", "no reply leads to turn \"{0}\": the conversation never gets there", "không câu trả lời nào dẫn tới lượt \"{0}\": cuộc trò chuyện không bao giờ đi tới đó"},
    {"fix-turn-next", "name it in a choice's \"next\" or a turn's \"typed\", or remove it", "hãy ghi mã lượt này vào \"next\" của một câu trả lời hoặc \"typed\" của một lượt, hoặc xóa lượt đi"},
    {"chat-line-shape", "a message of a turn is text in double quotes, or {{\"text\": \"...\", \"after\": 3}}", "mỗi tin nhắn của lượt là chữ trong dấu ngoặc kép, hoặc {{\"text\": \"...\", \"after\": 3}}"},
    {"fix-add-chat-choice", "add it to the \"choices\" of a turn in \"chat_scripts\", or correct it", "hãy thêm câu trả lời đó vào \"choices\" của một lượt trong \"chat_scripts\", hoặc sửa lại cho đúng"},

    // [SECTION] Why the phone refused an action, and an unsafe outcome's "path" (issue 18).
    {"refused-not-on-screen", "\"{0}\" is not on the screen ({1})", "\"{0}\" không có trên màn hình ({1})"},
    {"refused-not-tappable", "\"{0}\" cannot be tapped", "\"{0}\" không bấm được"},
    {"refused-not-pressable", "\"{0}\" is not on the screen ({1}) or cannot be pressed", "\"{0}\" không có trên màn hình ({1}) hoặc không nhấn giữ được"},
    {"refused-no-finger", "no finger is down; press something first", "chưa có ngón tay nào chạm màn hình; hãy nhấn giữ (\"press\") một nút trước"},
    {"refused-no-field", "no text field is selected; tap one first", "chưa chọn ô nhập chữ nào; hãy bấm vào một ô trước"},
    {"refused-call-on", "a call is on; end it with the red button", "đang có cuộc gọi; hãy bấm nút đỏ để kết thúc trước"},
    {"refused-nothing-back", "nothing to go back to", "không còn màn hình nào để quay lại"},
    {"refused-locked", "the phone is locked", "điện thoại đang khóa"},
    {"refused-lesson-finished", "the lesson is finished", "bài học đã kết thúc"},
    {"refused-demo-playing", "a demonstration is playing; pause it or wait for it", "phần làm mẫu đang chạy; hãy tạm dừng hoặc chờ nó xong"},
    {"refused-no-lesson", "no lesson is open", "chưa mở bài học nào"},
    {"unsafe-path-ended", "unsafe outcome \"{0}\": the lesson ended after action {1} of its \"path\"", "tình huống nguy hiểm \"{0}\": bài học đã kết thúc sau thao tác thứ {1} của \"path\""},
    {"fix-path-remove-after", "remove the actions after it", "hãy bỏ các thao tác sau đó"},
    {"unsafe-path-refused", "unsafe outcome \"{0}\": action {1} of its \"path\" ({2}) was refused: {m0}", "tình huống nguy hiểm \"{0}\": thao tác thứ {1} của \"path\" ({2}) không làm được: {m0}"},
    {"fix-correct-path", "correct the \"path\"", "hãy sửa lại \"path\""},
    {"unsafe-path-misses", "unsafe outcome \"{0}\" does not happen when its \"path\" is played (the phone shows \"{1}\" after it)", "tình huống nguy hiểm \"{0}\" không xảy ra khi chạy các thao tác trong \"path\" (sau đó điện thoại đang ở màn hình \"{1}\")"},
    {"fix-path-trigger", "make the \"path\" end with the action that triggers {0} or correct its \"on\"", "hãy cho \"path\" kết thúc bằng thao tác gây ra sự kiện {0}, hoặc sửa lại \"on\""},
    {"unsafe-path-cannot-finish", "unsafe outcome \"{0}\": after its \"path\" the demonstrations cannot finish the lesson: {m0}", "tình huống nguy hiểm \"{0}\": sau các thao tác trong \"path\", phần làm mẫu không đi được tới cuối bài: {m0}"},
    {"fix-teaching-branch", "let the step's teaching branch lead on to the end", "hãy cho nhánh hướng dẫn của bước đó đi tiếp tới cuối bài"},
    {"unsafe-path-passes", "unsafe outcome \"{0}\": the test attempt still passes after it", "tình huống nguy hiểm \"{0}\": học viên làm điều nguy hiểm này mà bài kiểm tra vẫn được tính là đạt"},

    // [SECTION] Amounts nothing in the lesson's world can make (issue 18).
    {"amount-no-qr", "no QR code in this lesson's world has the amount {0}, so this can never happen", "không mã QR nào trong bài có số tiền {0}, nên việc này không bao giờ xảy ra"},
    {"fix-add-qr-amount", "add a QR sticker with this \"amount\" (\"bank\": {{\"scenes\": [...]}}), or correct it", "hãy thêm một mã QR có \"amount\" này (\"bank\": {{\"scenes\": [...]}}), hoặc sửa lại số tiền"},
    {"fix-amount-has", "the amounts it has: {0}", "các số tiền đang có: {0}"},
    {"amount-not-positive", "a payment is always more than 0 đồng, so this can never happen", "lần trả tiền nào cũng lớn hơn 0 đồng, nên việc này không bao giờ xảy ra; hãy sửa lại số tiền"},
    {"amount-over-balance", "no payment can be {0} đồng: the bank's \"balance\" is {1}, so this can never happen", "không thể trả {0} đồng: số dư (\"balance\") của ngân hàng chỉ có {1}, nên việc này không bao giờ xảy ra"},
    {"fix-raise-balance", "raise \"balance\" in \"bank\", or correct the amount", "hãy tăng \"balance\" trong \"bank\", hoặc sửa lại số tiền"},
    {"amount-no-source", "no bill, QR code or transfer in this lesson's world comes to {0} đồng, so this can never happen", "không hóa đơn, mã QR hay lần chuyển khoản nào trong bài có số tiền {0} đồng, nên việc này không bao giờ xảy ra"},
    {"fix-add-amount-source", "add a bill or a QR sticker with this \"amount\", a saved recipient to transfer to, or correct it", "hãy thêm một hóa đơn hoặc một mã QR có \"amount\" này, hoặc một người nhận đã lưu để chuyển khoản, hoặc sửa lại số tiền"},
};

// What kind of thing a message is about, and other words messages put in.
const std::vector<MessageText> terms = {
    {"a lesson", "a lesson", "bài học"},
    {"event", "event", "sự kiện"},
    {"screen", "screen", "màn hình"},
    {"a step", "a step", "bước"},
    {"an avatar", "an avatar", "hình đại diện"},
    {"the owner", "the owner", "chủ máy (\"owner\")"},
    {"a contact", "a contact", "người liên hệ"},
    {"a person", "a person", "người"},
    {"a message", "a message", "tin nhắn"},
    {"a photo", "a photo", "ảnh"},
    {"a timeline item", "a timeline item", "việc trong \"timeline\""},
    {"a call", "a call", "cuộc gọi"},
    {"the world", "the world", "thế giới bài học (\"world\")"},
    {"a group chat", "a group chat", "nhóm trò chuyện"},
    {"a chat", "a chat", "cuộc trò chuyện"},
    {"a condition", "a condition", "điều kiện"},
    {"this event's condition", "this event's condition", "điều kiện của sự kiện này"},
    {"a screen condition", "a screen condition", "điều kiện màn hình"},
    {"an unsafe outcome", "an unsafe outcome", "tình huống nguy hiểm"},
    {"a wrong-action rule", "a wrong-action rule", "quy tắc bấm sai"},
    {"\"on\"", "\"on\"", "\"on\""},
    {"a branch", "a branch", "nhánh"},
    {"demonstration", "demonstration", "phần làm mẫu (\"demo\")"},
    {"unsafe path", "unsafe path", "đường dẫn tới nguy hiểm (\"path\")"},
    {"the bank", "the bank", "ngân hàng (\"bank\")"},
    {"a bank", "a bank", "ngân hàng"},
    {"an account", "an account", "tài khoản (\"accounts\")"},
    {"a bill", "a bill", "hóa đơn"},
    {"a past transaction", "a past transaction", "giao dịch cũ"},
    {"a saved recipient", "a saved recipient", "người nhận đã lưu"},
    {"a scene", "a scene", "cảnh"},
    {"a scene's QR", "a scene's QR", "mã QR của cảnh"},
    {"an SMS", "an SMS", "tin nhắn SMS"},
    {"an SMS thread", "an SMS thread", "chuỗi tin nhắn SMS"},
    {"a page", "a page", "trang web"},
    {"a field", "a field", "ô nhập"},
    {"an app", "an app", "ứng dụng"},
    {"an app screen", "an app screen", "màn hình của ứng dụng"},
    {"a component", "a component", "thành phần màn hình"},
    {"a list item", "a list item", "mục trong danh sách"},
    {"a card row", "a card row", "dòng thông tin"},
    {"a notice", "a notice", "thông báo"},
    {"a health record", "a health record", "hồ sơ sức khỏe"},
    {"a call script", "a call script", "kịch bản cuộc gọi"},
    {"a choice", "a choice", "lựa chọn"},
    {"a line", "a line", "câu nói"},
    {"pack.json", "pack.json", "pack.json"},
    {"photo id", "photo id", "mã ảnh"},
    {"group id", "group id", "mã nhóm"},
    {"step id", "step id", "mã bước"},
    {"contact id", "contact id", "mã người liên hệ"},
    {"unsafe outcome id", "unsafe outcome id", "mã tình huống nguy hiểm"},
    {"unsafe outcome", "unsafe outcome", "tình huống nguy hiểm"},
    {"the title", "the title", "tên bài (\"title\")"},
    {"the intro", "the intro", "lời giới thiệu (\"intro\")"},
    {"the finish message", "the finish message", "lời kết (\"finish\")"},
    {"the goal", "the goal", "mục tiêu (\"goal\")"},
    {"a step's \"say\"", "a step's \"say\"", "lời dặn (\"say\") của bước"},
    {"a hint", "a hint", "lời gợi ý (\"hints\")"},
    {"a branch's \"say\"", "a branch's \"say\"", "lời nói (\"say\") của nhánh"},
    {"permission denied", "permission denied", "không có quyền đọc"},
    {"no such file", "no such file", "không có tệp này"},
    {"the end of the file", "the end of the file", "cuối tệp"},
    {"a control character", "a control character", "một ký tự điều khiển"},
    {"a byte that is not valid UTF-8", "a byte that is not valid UTF-8", "một byte không phải mã UTF-8"},
    {"no call script in this lesson's world offers the choice", "no call script in this lesson's world offers the choice", "không kịch bản cuộc gọi nào trong bài có lựa chọn"},
    {"no saved recipient or QR code in this lesson's world has the account", "no saved recipient or QR code in this lesson's world has the account", "không người nhận đã lưu hay mã QR nào trong bài có số tài khoản"},
    {"this lesson's world has no web page", "this lesson's world has no web page", "thế giới của bài học không có trang web"},
    // Terms of the chat scripts' reader (issue 19).
    {"a chat script", "a chat script", "kịch bản trò chuyện"},
    {"a turn", "a turn", "lượt trò chuyện"},
    {"a suggested reply", "a suggested reply", "câu trả lời gợi ý"},
    {"a chat message", "a chat message", "tin nhắn"},
    {"no chat script in this lesson's world offers the reply", "no chat script in this lesson's world offers the reply", "không kịch bản trò chuyện nào trong bài có câu trả lời"},
    {"no chat script in this lesson's world has the turn", "no chat script in this lesson's world has the turn", "không kịch bản trò chuyện nào trong bài có lượt"},
    // [SECTION] Terms of the world readers: issue 18.
    {"scene id", "scene id", "mã cảnh"},
    {"recipient id", "recipient id", "mã người nhận"},
    {"page id", "page id", "mã trang"},
};
// clang-format on

const MessageText* find(const std::vector<MessageText>& table, std::string_view id)
{
    const auto it = std::find_if(table.begin(), table.end(), [&](const MessageText& m) { return m.id == id; });
    return it == table.end() ? nullptr : &*it;
}

std::string_view pick(const MessageText& m, const std::string& lang)
{
    return lang == "vi" ? m.vi : m.en;
}

} // namespace

std::string render_term(const std::string& term, const std::string& lang)
{
    const MessageText* t = find(terms, term);
    return t ? std::string(pick(*t, lang)) : term;
}

std::string render_message(const Message& message, const std::string& lang)
{
    const MessageText* m = find(messages, message.id);
    if (!m)
        return message.id;
    const std::string_view text = pick(*m, lang);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') { // "{{": a brace
            out += '{';
            ++i;
            continue;
        }
        if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            out += '}';
            ++i;
            continue;
        }
        // {N}, {tN} or {mN}
        const bool part = c == '{' && i + 3 < text.size() && text[i + 1] == 'm' && text[i + 3] == '}';
        if (part && text[i + 2] >= '0' && text[i + 2] <= '9') {
            const auto n = static_cast<std::size_t>(text[i + 2] - '0');
            out += n < message.parts.size() ? render_message(message.parts[n], lang) : std::string();
            i += 3;
            continue;
        }
        const bool term = c == '{' && i + 3 < text.size() && text[i + 1] == 't' && text[i + 3] == '}';
        const bool plain = c == '{' && i + 2 < text.size() && text[i + 2] == '}';
        const std::size_t digit_at = term ? i + 2 : i + 1;
        if ((term || plain) && text[digit_at] >= '0' && text[digit_at] <= '9') {
            const auto n = static_cast<std::size_t>(text[digit_at] - '0');
            const std::string arg = n < message.args.size() ? message.args[n] : std::string();
            out += term ? render_term(arg, lang) : arg;
            i = digit_at + 1;
            continue;
        }
        out += c;
    }
    return out;
}

const std::vector<MessageText>& message_table()
{
    return messages;
}

const std::vector<MessageText>& term_table()
{
    return terms;
}

std::string severity_word(const char* severity, const std::string& lang)
{
    const std::string s = severity;
    if (lang != "vi")
        return s;
    return s == "error" ? "lỗi" : s == "warning" ? "cảnh báo" : s;
}

// [SECTION] diagnostics

Diagnostic make_diagnostic(std::string file, SourcePos pos, std::string pointer, Message what, Message fix)
{
    Diagnostic d;
    d.file = std::move(file);
    d.pos = pos;
    d.pointer = std::move(pointer);
    d.what_msg = std::move(what);
    d.fix_msg = std::move(fix);
    d.message = d.text("en");
    return d;
}

std::string Diagnostic::id() const
{
    return what_msg.id.empty() ? "text" : what_msg.id;
}

std::string Diagnostic::what(const std::string& lang) const
{
    if (what_msg.id.empty())
        return message.substr(0, message.find("; "));
    return render_message(what_msg, lang);
}

std::string Diagnostic::fix(const std::string& lang) const
{
    if (what_msg.id.empty()) {
        const auto at = message.find("; ");
        return at == std::string::npos ? std::string() : message.substr(at + 2);
    }
    return fix_msg.id.empty() ? std::string() : render_message(fix_msg, lang);
}

std::string Diagnostic::text(const std::string& lang) const
{
    if (what_msg.id.empty())
        return message;
    const std::string f = fix(lang);
    return what(lang) + (f.empty() ? "" : "; " + f);
}

std::string Diagnostic::to_string(const char* severity, const std::string& lang) const
{
    std::string out = file;
    if (pos.line > 0)
        out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    out += ": " + severity_word(severity, lang) + ": " + text(lang);
    return out;
}

} // namespace luyenso
