-- A browser keeps the cookies it is given: a refreshed sign-in cookie and the antiforgery cookie
-- are sent back, so the server does not redo that work on every request. One jar per wrk thread.
local jar, order, request_text = {}, {}, nil

local function keep(name, value)
  if jar[name] == nil then order[#order + 1] = name end
  jar[name] = value
  request_text = nil
end

function init(args)
  for pair in string.gmatch(args[1] or "", "[^;]+") do
    local name, value = pair:match("^%s*([^=]+)=(.*)$")
    if name then keep(name, value) end
  end
end

function request()
  if request_text == nil then
    local parts = {}
    for _, name in ipairs(order) do parts[#parts + 1] = name .. "=" .. jar[name] end
    request_text = wrk.format(nil, nil, { ["Cookie"] = table.concat(parts, "; ") })
  end
  return request_text
end

function response(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then
    local name, value = set:match("^%s*([^=]+)=([^;]*)")
    if name and jar[name] ~= value then keep(name, value) end
  end
end
