#!/usr/bin/env bash
# The curl walkthrough of docs/server.md: run it against a fresh `sharedesk-server --demo --port 8765`
# (from a scratch directory: it writes its request bodies and answers there).
set -u
API=http://127.0.0.1:8765/api/v1
J='Content-Type: application/json'
step() { printf '\n### %s\n' "$*"; }
show() { printf '$ %s\n' "$*"; }

step "1. sign in as each demo account"
login() {
  curl -s -X POST "$API/auth/login" -H "$J" \
       -d "{\"username\":\"$1\",\"password\":\"sharedesk-demo\"}" | jq -r .access_token
}
OFFICER=$(login officer); PROVIDER=$(login provider); HEAD=$(login head)
SUPERVISOR=$(login supervisor); ADMIN=$(login admin)
curl -s -X POST "$API/auth/login" -H "$J" -d '{"username":"officer","password":"sharedesk-demo"}' \
  | jq '{token_type, expires_in, access_token: (.access_token[:12] + "…"), refresh_token: (.refresh_token[:12] + "…"), user: .user.username}'
for T in "$OFFICER" "$PROVIDER" "$HEAD" "$SUPERVISOR" "$ADMIN"; do
  curl -s "$API/me" -H "Authorization: Bearer $T" \
    | jq -c '{user: .user.username, name: .user.display_name, roles: .user.roles, department: .department.name}'
done
curl -s -i -X POST "$API/auth/login" -H "$J" -d '{"username":"officer","password":"wrong"}' | sed -n '1p;/^content-type/p;$p'

step "2. officer submits a conditional request (R11, R13)"
RESOURCE=6f531300-321a-51a3-95af-20a10e4897c6   # 居民身份证信息, 省公安厅, conditional
curl -s "$API/resources/$RESOURCE" -H "Authorization: Bearer $OFFICER" \
  | jq -c '{name, code, attribute: .share.attribute, conditions: .share.conditions}'
REQUEST=$(python3 -c 'import uuid; print(uuid.uuid4())')
SUBMIT_KEY=$(python3 -c 'import uuid; print(uuid.uuid4())')
cat > submit.json <<JSON
{"id": "$REQUEST", "resource_id": "$RESOURCE",
 "purpose": "办理社会保障卡申领时核验申请人身份",
 "legal_basis": "《社会保险法》第五十八条", "scenario": "社会保障卡申领一件事",
 "data_items": ["姓名", "公民身份号码"], "contact_name": "刘晓敏", "contact_phone": "0731-88880001"}
JSON
curl -s -D submit.headers -o submit.body -X POST "$API/requests" \
     -H "Authorization: Bearer $OFFICER" -H "Idempotency-Key: $SUBMIT_KEY" -H "$J" -d @submit.json
grep -iE '^(HTTP|etag|location)' submit.headers
jq -c '{id, status, version, received_on, due}' submit.body

step "3. the same command again, same key: the first answer, byte for byte"
curl -s -D again.headers -o again.body -X POST "$API/requests" \
     -H "Authorization: Bearer $OFFICER" -H "Idempotency-Key: $SUBMIT_KEY" -H "$J" -d @submit.json
grep -iE '^(HTTP|idempotent-replayed)' again.headers
cmp submit.body again.body && echo "identical bodies"
curl -s "$API/requests/$REQUEST" -H "Authorization: Bearer $OFFICER" | jq -c '{id, version}'
echo '--- same key, another body:'
sed 's/社会保障卡申领时/社会保障卡补领时/' submit.json > other.json
curl -s -X POST "$API/requests" -H "Authorization: Bearer $OFFICER" \
     -H "Idempotency-Key: $SUBMIT_KEY" -H "$J" -d @other.json | jq -c '{status, code, title, title_en}'

step "4. provider refuses without reasons: a readable problem (R13)"
REPLY_KEY=$(python3 -c 'import uuid; print(uuid.uuid4())')
curl -s -i -X POST "$API/requests/$REQUEST/reply" -H "Authorization: Bearer $PROVIDER" \
     -H "Idempotency-Key: $REPLY_KEY" -H 'If-Match: "1"' -H "$J" -d '{"decision": "refuse"}' \
  | sed -n '1p;/^content-type/p;$p' | { read -r s; echo "$s"; read -r c; echo "$c"; read -r b; echo "$b" | jq .; }

step "5. provider refuses with reasons — the same key again: a failed command released it"
curl -s -D reply.headers -o reply.body -X POST "$API/requests/$REQUEST/reply" \
     -H "Authorization: Bearer $PROVIDER" -H "Idempotency-Key: $REPLY_KEY" -H 'If-Match: "1"' -H "$J" \
     -d '{"decision": "refuse", "reasons": "申请用途与所需信息项不相关，不符合最小必要原则，请核实后重新申请"}'
grep -iE '^(HTTP|etag)' reply.headers
jq -c '{status, version, reply: {decision: .reply.decision, number: .reply.reply_number, reasons: .reply.reasons}}' reply.body

step "6. a stale If-Match (412) and none at all (428)"
curl -s -i -X POST "$API/requests/$REQUEST/withdraw" -H "Authorization: Bearer $OFFICER" \
     -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" -H 'If-Match: "1"' -H "$J" -d '{}' \
  | sed -n '1p;/^etag/p;$p' | { read -r s; echo "$s"; read -r e; echo "$e"; read -r b; echo "$b" | jq -c '{status, code, title_en, current_version, current: {status: .current.status, version: .current.version}}'; }
curl -s -X POST "$API/requests/$REQUEST/withdraw" -H "Authorization: Bearer $OFFICER" \
     -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" -H "$J" -d '{}' \
  | jq -c '{status, code, title_en, current_version}'

step "7. another department's request is 404, exactly like a missing one"
FOREIGN=$(curl -s "$API/sync/snapshot?entity=request" -H "Authorization: Bearer $SUPERVISOR" \
  | jq -r --arg me "$(curl -s "$API/me" -H "Authorization: Bearer $OFFICER" | jq -r .department.id)" \
      'select(.entity == "request") | .data | select(.requester_department_id != $me and .provider_department_id != $me) | .id' | head -1)
echo "a request the supervisor sees: $FOREIGN"
curl -s "$API/requests/$FOREIGN" -H "Authorization: Bearer $SUPERVISOR" | jq -c '{status, version}'
curl -s -i "$API/requests/$FOREIGN" -H "Authorization: Bearer $OFFICER" | sed -n '1p;$p'; echo
curl -s -i "$API/requests/$(python3 -c 'import uuid; print(uuid.uuid4())')" -H "Authorization: Bearer $OFFICER" | sed -n '1p;$p'; echo

step "8. page through the change feed"
PAGE=$(curl -s "$API/sync/changes?limit=3" -H "Authorization: Bearer $OFFICER")
echo "$PAGE" | jq -c '{has_more, next_cursor, changes: [.changes[] | {seq, entity, id, op}]}'
CURSOR=$(echo "$PAGE" | jq -r .next_cursor)
curl -s "$API/sync/changes?limit=3&cursor=$CURSOR" -H "Authorization: Bearer $OFFICER" \
  | jq -c '{has_more, next_cursor, changes: [.changes[] | {seq, entity, id, op}]}'
N=0; CURSOR=""; KINDS=""
while :; do
  PAGE=$(curl -s "$API/sync/changes?limit=500${CURSOR:+&cursor=$CURSOR}" -H "Authorization: Bearer $OFFICER")
  N=$((N + $(echo "$PAGE" | jq '.changes | length')))
  KINDS="$KINDS $(echo "$PAGE" | jq -r '[.changes[].entity] | join(" ")')"
  CURSOR=$(echo "$PAGE" | jq -r .next_cursor)
  [ "$(echo "$PAGE" | jq .has_more)" = true ] || break
done
echo "officer's whole feed: $N changes; by entity:"; echo $KINDS | tr ' ' '\n' | sort | uniq -c | tr '\n' ';'; echo
curl -s "$API/sync/changes?cursor=garbage" -H "Authorization: Bearer $OFFICER" | jq -c '{status, code, title_en}'

step "9. the deadline sweep, now (admin)"
curl -s -X POST "$API/admin/deadline-sweep" -H "Authorization: Bearer $ADMIN" \
     -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" | jq -c .
curl -s -X POST "$API/admin/deadline-sweep" -H "Authorization: Bearer $SUPERVISOR" \
     -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" | jq -c '{status, code, detail_en}'

step "10. a year's calendar"
curl -s "$API/calendar?year=2027" -H "Authorization: Bearer $ADMIN" | jq -c '{status, code, title_en}'
curl -s "$API/calendar?year=2026" -H "Authorization: Bearer $ADMIN" > cal2026.json
jq -c '{year, holidays: (.holidays | length), makeup_workdays, source}' cal2026.json
jq '{year, holidays, makeup_workdays, source: "国务院办公厅关于2026年部分节假日安排的通知"}' cal2026.json > publish2026.json
curl -s -i -X PUT "$API/calendar/2026" -H "Authorization: Bearer $ADMIN" \
     -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" -H "$J" -d @publish2026.json \
  | sed -n '1p;$p' | { read -r s; echo "$s"; read -r b; echo "$b" | jq -c '{year, holidays: (.holidays | length), source}'; }
curl -s "$API/calendar?year=2026" -H "Authorization: Bearer $OFFICER" | jq -c '{year, source}'
curl -s "$API/sync/changes?limit=1000&cursor=$CURSOR" -H "Authorization: Bearer $OFFICER" \
  | jq -c '[.changes[] | select(.entity == "calendar_year") | {seq, entity, id, source: .data.source}]'
