-- wrk script: each request registers a new petition with its own Idempotency-Key; the run ends
-- with the count of each status, summed over the threads.
local threads = {}
local counter = 0
local count = 0

function setup(thread)
  count = count + 1
  thread:set("thread_id", count)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  prefix = "bench-" .. tostring(thread_id) .. "-" .. tostring(os.time()) .. "-"
end

local names = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em" }
local asks = {
  "Đề nghị sửa chữa đường bê tông tổ dân phố bị hư hỏng sau mưa lũ.",
  "Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cần những giấy tờ gì?",
  "Đề nghị lắp đặt thêm đèn chiếu sáng tại đường kiệt, ban đêm rất tối.",
  "Kiến nghị xử lý tình trạng đổ rác thải không đúng nơi quy định.",
}

function request()
  counter = counter + 1
  local body = string.format(
    '{"communeCode":"21172","fullName":"%s","phone":"0905 123 %03d","address":"Tổ %d, Liên Hiệp 1A",' ..
    '"areaCode":"LH1A","fieldCode":"GIAO_THONG","content":"%s (%d)","consent":true}',
    names[counter % #names + 1], counter % 1000, counter % 40 + 1, asks[counter % #asks + 1], counter)
  return wrk.format("POST", "/api/v1/public/petitions",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = prefix .. counter }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + n
    end
  end
  for status, n in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, n))
  end
end
