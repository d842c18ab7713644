// Generated from snapshot.schema.json by src/schemas/snapshotValidator.ts (npm run schema:compile): do not edit.
"use strict";
module.exports = validate10;
module.exports.default = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:coi-register:snapshot:1","title":"Governance snapshot, version 1","description":"The input of the compliance engine: what `coi check` reads and `POST /api/checks` accepts (shared/spec/snapshot.md). Producers may add fields of their own. Beyond this schema, the engine also checks that every id a snapshot refers to is in its list, that periods end after they begin, that a person holds one seat on a committee at a time, that meetings, items and decisions agree, and that a quorum's requirements have unique ids and a max not below their min.","type":"object","required":["snapshotVersion","organisations","people","committees","declarations","confirmations","giftsAndHospitality","meetings","decisions"],"properties":{"snapshotVersion":{"const":1},"asAt":{"$ref":"#/definitions/optionalDate","description":"The day the check is for; null or absent: today."},"organisations":{"type":"array","items":{"$ref":"#/definitions/organisation"}},"people":{"type":"array","items":{"$ref":"#/definitions/person"}},"committees":{"type":"array","items":{"$ref":"#/definitions/committee"}},"declarations":{"type":"array","items":{"$ref":"#/definitions/declaration"}},"confirmations":{"type":"array","items":{"$ref":"#/definitions/confirmation"}},"giftsAndHospitality":{"type":"array","items":{"$ref":"#/definitions/gift"}},"meetings":{"type":"array","items":{"$ref":"#/definitions/meeting"}},"decisions":{"type":"array","items":{"$ref":"#/definitions/decision"}}},"definitions":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"optionalId":{"type":["string","null"],"minLength":1},"idList":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Ids, each listed once."},"text":{"type":"string","minLength":1},"optionalText":{"type":["string","null"]},"date":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"optionalDate":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"money":{"type":"number","minimum":0,"description":"Pounds."},"optionalBoolean":{"type":["boolean","null"]},"office":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","description":"Lower-case letters and digits joined by hyphens, like finance-director."},"optionalOffice":{"type":["string","null"],"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"memberCategory":{"enum":["lay","executive","gp","nurse","secondary-care-doctor","other-clinician","nhs-england","local-authority","healthwatch","practice-manager","officer","other","non-executive","partner-member"]},"memberRole":{"enum":["chair","vice-chair","member","attendee"]},"organisation":{"type":"object","required":["id","name","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"$ref":"#/definitions/text"},"kind":{"enum":["ccg","icb","gp-practice","provider","company","charity","local-authority","nhs-england","healthwatch","other"]},"odsCode":{"$ref":"#/definitions/optionalText"},"companiesHouseNumber":{"$ref":"#/definitions/optionalText"},"memberOfId":{"$ref":"#/definitions/optionalId","description":"A GP practice names its CCG or ICB here."},"aliases":{"type":["array","null"],"items":{"$ref":"#/definitions/text"}},"supplier":{"$ref":"#/definitions/optionalBoolean","description":"Supplies or contracts with the body."}}},"person":{"type":"object","required":["id","name"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"$ref":"#/definitions/text"},"email":{"$ref":"#/definitions/optionalText"}}},"membership":{"type":"object","required":["personId","category","role","voting","from"],"properties":{"personId":{"$ref":"#/definitions/id"},"category":{"$ref":"#/definitions/memberCategory"},"role":{"$ref":"#/definitions/memberRole"},"voting":{"type":"boolean"},"office":{"$ref":"#/definitions/optionalOffice"},"from":{"$ref":"#/definitions/date"},"to":{"$ref":"#/definitions/optionalDate","description":"null or absent: still a member."}}},"requirement":{"type":"object","description":"Counts the voting members present who match every condition it states; a quorum needs at least min of them.","required":["id","label","min"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"label":{"type":"string","minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"},"categories":{"type":["array","null"],"minItems":1,"items":{"$ref":"#/definitions/memberCategory"}},"offices":{"type":["array","null"],"minItems":1,"items":{"$ref":"#/definitions/office"}},"roles":{"type":["array","null"],"minItems":1,"items":{"$ref":"#/definitions/memberRole"}},"voting":{"$ref":"#/definitions/optionalBoolean"},"min":{"type":"integer","minimum":1},"max":{"type":["integer","null"],"minimum":0}}},"quorum":{"type":["object","null"],"description":"Quorum settings; each one given overrides the rule pack's setting of the same name.","properties":{"minimumVoting":{"type":["integer","null"],"minimum":1},"majorityOfVoting":{"$ref":"#/definitions/optionalBoolean"},"countedMajority":{"$ref":"#/definitions/optionalBoolean"},"chairOrViceChair":{"$ref":"#/definitions/optionalBoolean"},"present":{"type":["array","null"],"items":{"$ref":"#/definitions/requirement"}}}},"committee":{"type":"object","required":["id","name","organisationIds","type","rulePack","members"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"$ref":"#/definitions/text"},"organisationIds":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Two or more for a joint committee."},"type":{"enum":["primary-care-commissioning","joint-commissioning","governing-body","audit","other"]},"commissioningLevel":{"enum":["greater-involvement","joint","delegated",null]},"rulePack":{"$ref":"#/definitions/id","description":"The id of the rule pack that checks this committee."},"quorum":{"$ref":"#/definitions/quorum"},"members":{"type":"array","items":{"$ref":"#/definitions/membership"}}}},"declaration":{"type":"object","required":["id","personId","type","declaredOn"],"properties":{"id":{"$ref":"#/definitions/id"},"personId":{"$ref":"#/definitions/id"},"type":{"enum":["financial","non-financial-professional","non-financial-personal","indirect","nil"]},"category":{"$ref":"#/definitions/optionalText"},"organisationId":{"$ref":"#/definitions/optionalId"},"organisationName":{"$ref":"#/definitions/optionalText","description":"Free text when there is no organisationId."},"description":{"$ref":"#/definitions/optionalText"},"heldBy":{"enum":["self","spouse-or-partner","relative","friend","business-partner",null]},"from":{"$ref":"#/definitions/optionalDate","description":"The day the interest began; null only on a nil declaration."},"to":{"$ref":"#/definitions/optionalDate"},"declaredOn":{"$ref":"#/definitions/date"},"actionTaken":{"$ref":"#/definitions/optionalText"}},"if":{"properties":{"type":{"const":"nil"}}},"else":{"required":["from"],"properties":{"from":{"type":"string"}}}},"confirmation":{"type":"object","required":["personId","confirmedOn"],"properties":{"personId":{"$ref":"#/definitions/id"},"confirmedOn":{"$ref":"#/definitions/date"}}},"gift":{"type":"object","required":["id","personId","kind","valueGBP","offeredOn","accepted"],"properties":{"id":{"$ref":"#/definitions/id"},"personId":{"$ref":"#/definitions/id"},"kind":{"enum":["gift","hospitality","travel"]},"fromOrganisationId":{"$ref":"#/definitions/optionalId"},"fromName":{"$ref":"#/definitions/optionalText"},"description":{"$ref":"#/definitions/optionalText"},"valueGBP":{"$ref":"#/definitions/money"},"cashOrVoucher":{"$ref":"#/definitions/optionalBoolean"},"offeredOn":{"$ref":"#/definitions/date"},"accepted":{"type":"boolean"},"declaredOn":{"$ref":"#/definitions/optionalDate","description":"null: never declared."},"approvedBy":{"$ref":"#/definitions/optionalId","description":"The person id of a senior approver."}}},"item":{"type":"object","required":["id","title"],"properties":{"id":{"$ref":"#/definitions/id","description":"Unique within its meeting."},"title":{"$ref":"#/definitions/text"},"decisionId":{"$ref":"#/definitions/optionalId"},"participation":{"type":["array","null"],"description":"A present voting member with no entry on a decision item voted.","items":{"type":"object","required":["personId","action"],"properties":{"personId":{"$ref":"#/definitions/id"},"action":{"enum":["voted","abstained","did-not-vote","left-room","excluded-from-discussion"]}}}}}},"meeting":{"type":"object","required":["id","committeeId","date","present"],"properties":{"id":{"$ref":"#/definitions/id"},"committeeId":{"$ref":"#/definitions/id"},"date":{"$ref":"#/definitions/date"},"present":{"$ref":"#/definitions/idList","description":"The ids of the people present."},"items":{"type":["array","null"],"items":{"$ref":"#/definitions/item"}}}},"decision":{"type":"object","required":["id","committeeId","meetingId","date","title","kind","affectedOrganisationIds"],"properties":{"id":{"$ref":"#/definitions/id"},"committeeId":{"$ref":"#/definitions/id"},"meetingId":{"$ref":"#/definitions/id"},"date":{"$ref":"#/definitions/date"},"title":{"$ref":"#/definitions/text"},"kind":{"enum":["contract-award","contract-variation","procurement","local-incentive-scheme","investment","other"]},"valueGBP":{"type":["number","null"],"minimum":0},"affectedOrganisationIds":{"$ref":"#/definitions/idList","description":"The practices or providers the decision pays or contracts."},"affectsAllPracticesOf":{"$ref":"#/definitions/optionalId","description":"Every GP practice whose memberOfId is this."}}}}};
const schema12 = {"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"};
const pattern0 = new RegExp("^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$", "");
const schema13 = {"type":"object","required":["id","name","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"$ref":"#/definitions/text"},"kind":{"enum":["ccg","icb","gp-practice","provider","company","charity","local-authority","nhs-england","healthwatch","other"]},"odsCode":{"$ref":"#/definitions/optionalText"},"companiesHouseNumber":{"$ref":"#/definitions/optionalText"},"memberOfId":{"$ref":"#/definitions/optionalId","description":"A GP practice names its CCG or ICB here."},"aliases":{"type":["array","null"],"items":{"$ref":"#/definitions/text"}},"supplier":{"$ref":"#/definitions/optionalBoolean","description":"Supplies or contracts with the body."}}};
const schema14 = {"type":"string","minLength":1,"description":"An id, unique within its list."};
const schema15 = {"type":"string","minLength":1};
const schema16 = {"type":["string","null"]};
const schema18 = {"type":["string","null"],"minLength":1};
const schema20 = {"type":["boolean","null"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(!((((((((((data2 === "ccg") || (data2 === "icb")) || (data2 === "gp-practice")) || (data2 === "provider")) || (data2 === "company")) || (data2 === "charity")) || (data2 === "local-authority")) || (data2 === "nhs-england")) || (data2 === "healthwatch")) || (data2 === "other"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema13.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.kind.enum,parentSchema:schema13.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.odsCode !== undefined){
let data3 = data.odsCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err8 = {instancePath:instancePath+"/odsCode",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.companiesHouseNumber !== undefined){
let data4 = data.companiesHouseNumber;
if((typeof data4 !== "string") && (data4 !== null)){
const err9 = {instancePath:instancePath+"/companiesHouseNumber",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.memberOfId !== undefined){
let data5 = data.memberOfId;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/memberOfId",schemaPath:"#/definitions/optionalId/type",keyword:"type",params:{type: schema18.type},message:"must be string,null",schema:schema18.type,parentSchema:schema18,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 === "string"){
if(data5.length < 1){
const err11 = {instancePath:instancePath+"/memberOfId",schemaPath:"#/definitions/optionalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.aliases !== undefined){
let data6 = data.aliases;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: schema13.properties.aliases.type},message:"must be array,null",schema:schema13.properties.aliases.type,parentSchema:schema13.properties.aliases,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(data7.length < 1){
const err13 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data.supplier !== undefined){
let data8 = data.supplier;
if((typeof data8 !== "boolean") && (data8 !== null)){
const err15 = {instancePath:instancePath+"/supplier",schemaPath:"#/definitions/optionalBoolean/type",keyword:"type",params:{type: schema20.type},message:"must be boolean,null",schema:schema20.type,parentSchema:schema20,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","required":["id","name"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"$ref":"#/definitions/text"},"email":{"$ref":"#/definitions/optionalText"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","required":["id","name","organisationIds","type","rulePack","members"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"$ref":"#/definitions/text"},"organisationIds":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Two or more for a joint committee."},"type":{"enum":["primary-care-commissioning","joint-commissioning","governing-body","audit","other"]},"commissioningLevel":{"enum":["greater-involvement","joint","delegated",null]},"rulePack":{"$ref":"#/definitions/id","description":"The id of the rule pack that checks this committee."},"quorum":{"$ref":"#/definitions/quorum"},"members":{"type":"array","items":{"$ref":"#/definitions/membership"}}}};
const schema29 = {"type":["object","null"],"description":"Quorum settings; each one given overrides the rule pack's setting of the same name.","properties":{"minimumVoting":{"type":["integer","null"],"minimum":1},"majorityOfVoting":{"$ref":"#/definitions/optionalBoolean"},"countedMajority":{"$ref":"#/definitions/optionalBoolean"},"chairOrViceChair":{"$ref":"#/definitions/optionalBoolean"},"present":{"type":["array","null"],"items":{"$ref":"#/definitions/requirement"}}}};
const schema33 = {"type":"object","description":"Counts the voting members present who match every condition it states; a quorum needs at least min of them.","required":["id","label","min"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"label":{"type":"string","minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"},"categories":{"type":["array","null"],"minItems":1,"items":{"$ref":"#/definitions/memberCategory"}},"offices":{"type":["array","null"],"minItems":1,"items":{"$ref":"#/definitions/office"}},"roles":{"type":["array","null"],"minItems":1,"items":{"$ref":"#/definitions/memberRole"}},"voting":{"$ref":"#/definitions/optionalBoolean"},"min":{"type":"integer","minimum":1},"max":{"type":["integer","null"],"minimum":0}}};
const schema34 = {"enum":["lay","executive","gp","nurse","secondary-care-doctor","other-clinician","nhs-england","local-authority","healthwatch","practice-manager","officer","other","non-executive","partner-member"]};
const schema35 = {"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","description":"Lower-case letters and digits joined by hyphens, like finance-director."};
const schema36 = {"enum":["chair","vice-chair","member","attendee"]};
const pattern1 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "");
const pattern2 = new RegExp("^\\S(?:[\\s\\S]*\\S)?$", "");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.min === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema33.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.id.type,parentSchema:schema33.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(typeof data1 === "string"){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.label,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern2.test(data1)){
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]*\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]*\\S)?$"+"\"",schema:"^\\S(?:[\\s\\S]*\\S)?$",parentSchema:schema33.properties.label,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.label.type,parentSchema:schema33.properties.label,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.categories !== undefined){
let data2 = data.categories;
if((!(Array.isArray(data2))) && (data2 !== null)){
const err8 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: schema33.properties.categories.type},message:"must be array,null",schema:schema33.properties.categories.type,parentSchema:schema33.properties.categories,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data2)){
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.categories,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!((((((((((((((data3 === "lay") || (data3 === "executive")) || (data3 === "gp")) || (data3 === "nurse")) || (data3 === "secondary-care-doctor")) || (data3 === "other-clinician")) || (data3 === "nhs-england")) || (data3 === "local-authority")) || (data3 === "healthwatch")) || (data3 === "practice-manager")) || (data3 === "officer")) || (data3 === "other")) || (data3 === "non-executive")) || (data3 === "partner-member"))){
const err10 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/definitions/memberCategory/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.offices !== undefined){
let data4 = data.offices;
if((!(Array.isArray(data4))) && (data4 !== null)){
const err11 = {instancePath:instancePath+"/offices",schemaPath:"#/properties/offices/type",keyword:"type",params:{type: schema33.properties.offices.type},message:"must be array,null",schema:schema33.properties.offices.type,parentSchema:schema33.properties.offices,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/offices",schemaPath:"#/properties/offices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.offices,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err13 = {instancePath:instancePath+"/offices/" + i1,schemaPath:"#/definitions/office/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/offices/" + i1,schemaPath:"#/definitions/office/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data.roles !== undefined){
let data6 = data.roles;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err15 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: schema33.properties.roles.type},message:"must be array,null",schema:schema33.properties.roles.type,parentSchema:schema33.properties.roles,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(Array.isArray(data6)){
if(data6.length < 1){
const err16 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.roles,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(!((((data7 === "chair") || (data7 === "vice-chair")) || (data7 === "member")) || (data7 === "attendee"))){
const err17 = {instancePath:instancePath+"/roles/" + i2,schemaPath:"#/definitions/memberRole/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
if(data.voting !== undefined){
let data8 = data.voting;
if((typeof data8 !== "boolean") && (data8 !== null)){
const err18 = {instancePath:instancePath+"/voting",schemaPath:"#/definitions/optionalBoolean/type",keyword:"type",params:{type: schema20.type},message:"must be boolean,null",schema:schema20.type,parentSchema:schema20,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.min !== undefined){
let data9 = data.min;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.min.type,parentSchema:schema33.properties.min,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/min",schemaPath:"#/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.min,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.max !== undefined){
let data10 = data.max;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err21 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: schema33.properties.max.type},message:"must be integer,null",schema:schema33.properties.max.type,parentSchema:schema33.properties.max,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.max,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema29.type},message:"must be object,null",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.minimumVoting !== undefined){
let data0 = data.minimumVoting;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/minimumVoting",schemaPath:"#/properties/minimumVoting/type",keyword:"type",params:{type: schema29.properties.minimumVoting.type},message:"must be integer,null",schema:schema29.properties.minimumVoting.type,parentSchema:schema29.properties.minimumVoting,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/minimumVoting",schemaPath:"#/properties/minimumVoting/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.properties.minimumVoting,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.majorityOfVoting !== undefined){
let data1 = data.majorityOfVoting;
if((typeof data1 !== "boolean") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/majorityOfVoting",schemaPath:"#/definitions/optionalBoolean/type",keyword:"type",params:{type: schema20.type},message:"must be boolean,null",schema:schema20.type,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.countedMajority !== undefined){
let data2 = data.countedMajority;
if((typeof data2 !== "boolean") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/countedMajority",schemaPath:"#/definitions/optionalBoolean/type",keyword:"type",params:{type: schema20.type},message:"must be boolean,null",schema:schema20.type,parentSchema:schema20,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.chairOrViceChair !== undefined){
let data3 = data.chairOrViceChair;
if((typeof data3 !== "boolean") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/chairOrViceChair",schemaPath:"#/definitions/optionalBoolean/type",keyword:"type",params:{type: schema20.type},message:"must be boolean,null",schema:schema20.type,parentSchema:schema20,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.present !== undefined){
let data4 = data.present;
if((!(Array.isArray(data4))) && (data4 !== null)){
const err6 = {instancePath:instancePath+"/present",schemaPath:"#/properties/present/type",keyword:"type",params:{type: schema29.properties.present.type},message:"must be array,null",schema:schema29.properties.present.type,parentSchema:schema29.properties.present,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate17(data4[i0], {instancePath:instancePath+"/present/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
}
}
validate16.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","required":["personId","category","role","voting","from"],"properties":{"personId":{"$ref":"#/definitions/id"},"category":{"$ref":"#/definitions/memberCategory"},"role":{"$ref":"#/definitions/memberRole"},"voting":{"type":"boolean"},"office":{"$ref":"#/definitions/optionalOffice"},"from":{"$ref":"#/definitions/date"},"to":{"$ref":"#/definitions/optionalDate","description":"null or absent: still a member."}}};
const schema42 = {"type":["string","null"],"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"};
const schema43 = {"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.personId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.category === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.role === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.voting === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "voting"},message:"must have required property '"+"voting"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.from === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.personId !== undefined){
let data0 = data.personId;
if(typeof data0 === "string"){
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.category !== undefined){
let data1 = data.category;
if(!((((((((((((((data1 === "lay") || (data1 === "executive")) || (data1 === "gp")) || (data1 === "nurse")) || (data1 === "secondary-care-doctor")) || (data1 === "other-clinician")) || (data1 === "nhs-england")) || (data1 === "local-authority")) || (data1 === "healthwatch")) || (data1 === "practice-manager")) || (data1 === "officer")) || (data1 === "other")) || (data1 === "non-executive")) || (data1 === "partner-member"))){
const err7 = {instancePath:instancePath+"/category",schemaPath:"#/definitions/memberCategory/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.role !== undefined){
let data2 = data.role;
if(!((((data2 === "chair") || (data2 === "vice-chair")) || (data2 === "member")) || (data2 === "attendee"))){
const err8 = {instancePath:instancePath+"/role",schemaPath:"#/definitions/memberRole/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.voting !== undefined){
let data3 = data.voting;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/voting",schemaPath:"#/properties/voting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.voting.type,parentSchema:schema38.properties.voting,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.office !== undefined){
let data4 = data.office;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/office",schemaPath:"#/definitions/optionalOffice/type",keyword:"type",params:{type: schema42.type},message:"must be string,null",schema:schema42.type,parentSchema:schema42,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err11 = {instancePath:instancePath+"/office",schemaPath:"#/definitions/optionalOffice/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema42,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.from !== undefined){
let data5 = data.from;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err12 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.to !== undefined){
let data6 = data.to;
if((typeof data6 !== "string") && (data6 !== null)){
const err14 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/optionalDate/type",keyword:"type",params:{type: schema12.type},message:"must be string,null",schema:schema12.type,parentSchema:schema12,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err15 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/optionalDate/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.organisationIds === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisationIds"},message:"must have required property '"+"organisationIds"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rulePack === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rulePack"},message:"must have required property '"+"rulePack"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.members === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.organisationIds !== undefined){
let data2 = data.organisationIds;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/organisationIds",schemaPath:"#/properties/organisationIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.organisationIds,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/organisationIds/" + i0,schemaPath:"#/properties/organisationIds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.organisationIds.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/organisationIds/" + i0,schemaPath:"#/properties/organisationIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.organisationIds.items.type,parentSchema:schema25.properties.organisationIds.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/organisationIds",schemaPath:"#/properties/organisationIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.organisationIds.type,parentSchema:schema25.properties.organisationIds,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(!(((((data4 === "primary-care-commissioning") || (data4 === "joint-commissioning")) || (data4 === "governing-body")) || (data4 === "audit")) || (data4 === "other"))){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema25.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.type.enum,parentSchema:schema25.properties.type,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.commissioningLevel !== undefined){
let data5 = data.commissioningLevel;
if(!((((data5 === "greater-involvement") || (data5 === "joint")) || (data5 === "delegated")) || (data5 === null))){
const err15 = {instancePath:instancePath+"/commissioningLevel",schemaPath:"#/properties/commissioningLevel/enum",keyword:"enum",params:{allowedValues: schema25.properties.commissioningLevel.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.commissioningLevel.enum,parentSchema:schema25.properties.commissioningLevel,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.rulePack !== undefined){
let data6 = data.rulePack;
if(typeof data6 === "string"){
if(data6.length < 1){
const err16 = {instancePath:instancePath+"/rulePack",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/rulePack",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.quorum !== undefined){
if(!(validate16(data.quorum, {instancePath:instancePath+"/quorum",parentData:data,parentDataProperty:"quorum",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.members !== undefined){
let data8 = data.members;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate20(data8[i1], {instancePath:instancePath+"/members/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.members.type,parentSchema:schema25.properties.members,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema45 = {"type":"object","required":["id","personId","type","declaredOn"],"properties":{"id":{"$ref":"#/definitions/id"},"personId":{"$ref":"#/definitions/id"},"type":{"enum":["financial","non-financial-professional","non-financial-personal","indirect","nil"]},"category":{"$ref":"#/definitions/optionalText"},"organisationId":{"$ref":"#/definitions/optionalId"},"organisationName":{"$ref":"#/definitions/optionalText","description":"Free text when there is no organisationId."},"description":{"$ref":"#/definitions/optionalText"},"heldBy":{"enum":["self","spouse-or-partner","relative","friend","business-partner",null]},"from":{"$ref":"#/definitions/optionalDate","description":"The day the interest began; null only on a nil declaration."},"to":{"$ref":"#/definitions/optionalDate"},"declaredOn":{"$ref":"#/definitions/date"},"actionTaken":{"$ref":"#/definitions/optionalText"}},"if":{"properties":{"type":{"const":"nil"}}},"else":{"required":["from"],"properties":{"from":{"type":"string"}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("nil" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err1 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema45.else.required,parentSchema:schema45.else,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.from !== undefined){
let data1 = data.from;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/from",schemaPath:"#/else/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.else.properties.from.type,parentSchema:schema45.else.properties.from,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema45.if,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.personId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.type === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.declaredOn === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "declaredOn"},message:"must have required property '"+"declaredOn"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.personId !== undefined){
let data3 = data.personId;
if(typeof data3 === "string"){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(!(((((data4 === "financial") || (data4 === "non-financial-professional")) || (data4 === "non-financial-personal")) || (data4 === "indirect")) || (data4 === "nil"))){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema45.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.type.enum,parentSchema:schema45.properties.type,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.category !== undefined){
let data5 = data.category;
if((typeof data5 !== "string") && (data5 !== null)){
const err13 = {instancePath:instancePath+"/category",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.organisationId !== undefined){
let data6 = data.organisationId;
if((typeof data6 !== "string") && (data6 !== null)){
const err14 = {instancePath:instancePath+"/organisationId",schemaPath:"#/definitions/optionalId/type",keyword:"type",params:{type: schema18.type},message:"must be string,null",schema:schema18.type,parentSchema:schema18,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data6 === "string"){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/organisationId",schemaPath:"#/definitions/optionalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.organisationName !== undefined){
let data7 = data.organisationName;
if((typeof data7 !== "string") && (data7 !== null)){
const err16 = {instancePath:instancePath+"/organisationName",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.description !== undefined){
let data8 = data.description;
if((typeof data8 !== "string") && (data8 !== null)){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.heldBy !== undefined){
let data9 = data.heldBy;
if(!((((((data9 === "self") || (data9 === "spouse-or-partner")) || (data9 === "relative")) || (data9 === "friend")) || (data9 === "business-partner")) || (data9 === null))){
const err18 = {instancePath:instancePath+"/heldBy",schemaPath:"#/properties/heldBy/enum",keyword:"enum",params:{allowedValues: schema45.properties.heldBy.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.heldBy.enum,parentSchema:schema45.properties.heldBy,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.from !== undefined){
let data10 = data.from;
if((typeof data10 !== "string") && (data10 !== null)){
const err19 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/optionalDate/type",keyword:"type",params:{type: schema12.type},message:"must be string,null",schema:schema12.type,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err20 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/optionalDate/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.to !== undefined){
let data11 = data.to;
if((typeof data11 !== "string") && (data11 !== null)){
const err21 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/optionalDate/type",keyword:"type",params:{type: schema12.type},message:"must be string,null",schema:schema12.type,parentSchema:schema12,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err22 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/optionalDate/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.declaredOn !== undefined){
let data12 = data.declaredOn;
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err23 = {instancePath:instancePath+"/declaredOn",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/declaredOn",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.actionTaken !== undefined){
let data13 = data.actionTaken;
if((typeof data13 !== "string") && (data13 !== null)){
const err25 = {instancePath:instancePath+"/actionTaken",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema56 = {"type":"object","required":["personId","confirmedOn"],"properties":{"personId":{"$ref":"#/definitions/id"},"confirmedOn":{"$ref":"#/definitions/date"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.personId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.confirmedOn === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirmedOn"},message:"must have required property '"+"confirmedOn"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.personId !== undefined){
let data0 = data.personId;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.confirmedOn !== undefined){
let data1 = data.confirmedOn;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/confirmedOn",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/confirmedOn",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema59 = {"type":"object","required":["id","personId","kind","valueGBP","offeredOn","accepted"],"properties":{"id":{"$ref":"#/definitions/id"},"personId":{"$ref":"#/definitions/id"},"kind":{"enum":["gift","hospitality","travel"]},"fromOrganisationId":{"$ref":"#/definitions/optionalId"},"fromName":{"$ref":"#/definitions/optionalText"},"description":{"$ref":"#/definitions/optionalText"},"valueGBP":{"$ref":"#/definitions/money"},"cashOrVoucher":{"$ref":"#/definitions/optionalBoolean"},"offeredOn":{"$ref":"#/definitions/date"},"accepted":{"type":"boolean"},"declaredOn":{"$ref":"#/definitions/optionalDate","description":"null: never declared."},"approvedBy":{"$ref":"#/definitions/optionalId","description":"The person id of a senior approver."}}};
const schema65 = {"type":"number","minimum":0,"description":"Pounds."};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.personId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.valueGBP === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "valueGBP"},message:"must have required property '"+"valueGBP"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.offeredOn === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offeredOn"},message:"must have required property '"+"offeredOn"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.accepted === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accepted"},message:"must have required property '"+"accepted"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.personId !== undefined){
let data1 = data.personId;
if(typeof data1 === "string"){
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/personId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(!(((data2 === "gift") || (data2 === "hospitality")) || (data2 === "travel"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema59.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.kind.enum,parentSchema:schema59.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.fromOrganisationId !== undefined){
let data3 = data.fromOrganisationId;
if((typeof data3 !== "string") && (data3 !== null)){
const err11 = {instancePath:instancePath+"/fromOrganisationId",schemaPath:"#/definitions/optionalId/type",keyword:"type",params:{type: schema18.type},message:"must be string,null",schema:schema18.type,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 === "string"){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/fromOrganisationId",schemaPath:"#/definitions/optionalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.fromName !== undefined){
let data4 = data.fromName;
if((typeof data4 !== "string") && (data4 !== null)){
const err13 = {instancePath:instancePath+"/fromName",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if((typeof data5 !== "string") && (data5 !== null)){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/optionalText/type",keyword:"type",params:{type: schema16.type},message:"must be string,null",schema:schema16.type,parentSchema:schema16,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.valueGBP !== undefined){
let data6 = data.valueGBP;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/valueGBP",schemaPath:"#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/valueGBP",schemaPath:"#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema65.type,parentSchema:schema65,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cashOrVoucher !== undefined){
let data7 = data.cashOrVoucher;
if((typeof data7 !== "boolean") && (data7 !== null)){
const err17 = {instancePath:instancePath+"/cashOrVoucher",schemaPath:"#/definitions/optionalBoolean/type",keyword:"type",params:{type: schema20.type},message:"must be boolean,null",schema:schema20.type,parentSchema:schema20,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.offeredOn !== undefined){
let data8 = data.offeredOn;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err18 = {instancePath:instancePath+"/offeredOn",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/offeredOn",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.accepted !== undefined){
let data9 = data.accepted;
if(typeof data9 !== "boolean"){
const err20 = {instancePath:instancePath+"/accepted",schemaPath:"#/properties/accepted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.accepted.type,parentSchema:schema59.properties.accepted,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.declaredOn !== undefined){
let data10 = data.declaredOn;
if((typeof data10 !== "string") && (data10 !== null)){
const err21 = {instancePath:instancePath+"/declaredOn",schemaPath:"#/definitions/optionalDate/type",keyword:"type",params:{type: schema12.type},message:"must be string,null",schema:schema12.type,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err22 = {instancePath:instancePath+"/declaredOn",schemaPath:"#/definitions/optionalDate/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.approvedBy !== undefined){
let data11 = data.approvedBy;
if((typeof data11 !== "string") && (data11 !== null)){
const err23 = {instancePath:instancePath+"/approvedBy",schemaPath:"#/definitions/optionalId/type",keyword:"type",params:{type: schema18.type},message:"must be string,null",schema:schema18.type,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data11 === "string"){
if(data11.length < 1){
const err24 = {instancePath:instancePath+"/approvedBy",schemaPath:"#/definitions/optionalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema70 = {"type":"object","required":["id","committeeId","date","present"],"properties":{"id":{"$ref":"#/definitions/id"},"committeeId":{"$ref":"#/definitions/id"},"date":{"$ref":"#/definitions/date"},"present":{"$ref":"#/definitions/idList","description":"The ids of the people present."},"items":{"type":["array","null"],"items":{"$ref":"#/definitions/item"}}}};
const schema74 = {"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Ids, each listed once."};
const schema75 = {"type":"object","required":["id","title"],"properties":{"id":{"$ref":"#/definitions/id","description":"Unique within its meeting."},"title":{"$ref":"#/definitions/text"},"decisionId":{"$ref":"#/definitions/optionalId"},"participation":{"type":["array","null"],"description":"A present voting member with no entry on a decision item voted.","items":{"type":"object","required":["personId","action"],"properties":{"personId":{"$ref":"#/definitions/id"},"action":{"enum":["voted","abstained","did-not-vote","left-room","excluded-from-discussion"]}}}}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.decisionId !== undefined){
let data2 = data.decisionId;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/decisionId",schemaPath:"#/definitions/optionalId/type",keyword:"type",params:{type: schema18.type},message:"must be string,null",schema:schema18.type,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data2 === "string"){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/decisionId",schemaPath:"#/definitions/optionalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.participation !== undefined){
let data3 = data.participation;
if((!(Array.isArray(data3))) && (data3 !== null)){
const err8 = {instancePath:instancePath+"/participation",schemaPath:"#/properties/participation/type",keyword:"type",params:{type: schema75.properties.participation.type},message:"must be array,null",schema:schema75.properties.participation.type,parentSchema:schema75.properties.participation,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.personId === undefined){
const err9 = {instancePath:instancePath+"/participation/" + i0,schemaPath:"#/properties/participation/items/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema75.properties.participation.items.required,parentSchema:schema75.properties.participation.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.action === undefined){
const err10 = {instancePath:instancePath+"/participation/" + i0,schemaPath:"#/properties/participation/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema75.properties.participation.items.required,parentSchema:schema75.properties.participation.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.personId !== undefined){
let data5 = data4.personId;
if(typeof data5 === "string"){
if(data5.length < 1){
const err11 = {instancePath:instancePath+"/participation/" + i0+"/personId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/participation/" + i0+"/personId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.action !== undefined){
let data6 = data4.action;
if(!(((((data6 === "voted") || (data6 === "abstained")) || (data6 === "did-not-vote")) || (data6 === "left-room")) || (data6 === "excluded-from-discussion"))){
const err13 = {instancePath:instancePath+"/participation/" + i0+"/action",schemaPath:"#/properties/participation/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema75.properties.participation.items.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema75.properties.participation.items.properties.action.enum,parentSchema:schema75.properties.participation.items.properties.action,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/participation/" + i0,schemaPath:"#/properties/participation/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.properties.participation.items.type,parentSchema:schema75.properties.participation.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.committeeId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "committeeId"},message:"must have required property '"+"committeeId"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.date === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.present === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.committeeId !== undefined){
let data1 = data.committeeId;
if(typeof data1 === "string"){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/committeeId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/committeeId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.date !== undefined){
let data2 = data.date;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.present !== undefined){
let data3 = data.present;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/present/" + i0,schemaPath:"#/definitions/idList/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/present/" + i0,schemaPath:"#/definitions/idList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.items.type,parentSchema:schema74.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/present",schemaPath:"#/definitions/idList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema74.type,parentSchema:schema74,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.items !== undefined){
let data5 = data.items;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err13 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: schema70.properties.items.type},message:"must be array,null",schema:schema70.properties.items.type,parentSchema:schema70.properties.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate30(data5[i1], {instancePath:instancePath+"/items/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const schema80 = {"type":"object","required":["id","committeeId","meetingId","date","title","kind","affectedOrganisationIds"],"properties":{"id":{"$ref":"#/definitions/id"},"committeeId":{"$ref":"#/definitions/id"},"meetingId":{"$ref":"#/definitions/id"},"date":{"$ref":"#/definitions/date"},"title":{"$ref":"#/definitions/text"},"kind":{"enum":["contract-award","contract-variation","procurement","local-incentive-scheme","investment","other"]},"valueGBP":{"type":["number","null"],"minimum":0},"affectedOrganisationIds":{"$ref":"#/definitions/idList","description":"The practices or providers the decision pays or contracts."},"affectsAllPracticesOf":{"$ref":"#/definitions/optionalId","description":"Every GP practice whose memberOfId is this."}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.committeeId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "committeeId"},message:"must have required property '"+"committeeId"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.meetingId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetingId"},message:"must have required property '"+"meetingId"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.date === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.kind === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.affectedOrganisationIds === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "affectedOrganisationIds"},message:"must have required property '"+"affectedOrganisationIds"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.committeeId !== undefined){
let data1 = data.committeeId;
if(typeof data1 === "string"){
if(data1.length < 1){
const err9 = {instancePath:instancePath+"/committeeId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/committeeId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.meetingId !== undefined){
let data2 = data.meetingId;
if(typeof data2 === "string"){
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/meetingId",schemaPath:"#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/meetingId",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.date !== undefined){
let data3 = data.date;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err13 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/date",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data4 = data.title;
if(typeof data4 === "string"){
if(data4.length < 1){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.kind !== undefined){
let data5 = data.kind;
if(!((((((data5 === "contract-award") || (data5 === "contract-variation")) || (data5 === "procurement")) || (data5 === "local-incentive-scheme")) || (data5 === "investment")) || (data5 === "other"))){
const err17 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema80.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema80.properties.kind.enum,parentSchema:schema80.properties.kind,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.valueGBP !== undefined){
let data6 = data.valueGBP;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err18 = {instancePath:instancePath+"/valueGBP",schemaPath:"#/properties/valueGBP/type",keyword:"type",params:{type: schema80.properties.valueGBP.type},message:"must be number,null",schema:schema80.properties.valueGBP.type,parentSchema:schema80.properties.valueGBP,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/valueGBP",schemaPath:"#/properties/valueGBP/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema80.properties.valueGBP,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.affectedOrganisationIds !== undefined){
let data7 = data.affectedOrganisationIds;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(data8.length < 1){
const err20 = {instancePath:instancePath+"/affectedOrganisationIds/" + i0,schemaPath:"#/definitions/idList/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.items,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/affectedOrganisationIds/" + i0,schemaPath:"#/definitions/idList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.items.type,parentSchema:schema74.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/affectedOrganisationIds",schemaPath:"#/definitions/idList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema74.type,parentSchema:schema74,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.affectsAllPracticesOf !== undefined){
let data9 = data.affectsAllPracticesOf;
if((typeof data9 !== "string") && (data9 !== null)){
const err23 = {instancePath:instancePath+"/affectsAllPracticesOf",schemaPath:"#/definitions/optionalId/type",keyword:"type",params:{type: schema18.type},message:"must be string,null",schema:schema18.type,parentSchema:schema18,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data9 === "string"){
if(data9.length < 1){
const err24 = {instancePath:instancePath+"/affectsAllPracticesOf",schemaPath:"#/definitions/optionalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:coi-register:snapshot:1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.snapshotVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshotVersion"},message:"must have required property '"+"snapshotVersion"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organisations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisations"},message:"must have required property '"+"organisations"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.people === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "people"},message:"must have required property '"+"people"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.committees === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "committees"},message:"must have required property '"+"committees"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.declarations === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "declarations"},message:"must have required property '"+"declarations"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.confirmations === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirmations"},message:"must have required property '"+"confirmations"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.giftsAndHospitality === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "giftsAndHospitality"},message:"must have required property '"+"giftsAndHospitality"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.meetings === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetings"},message:"must have required property '"+"meetings"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.decisions === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decisions"},message:"must have required property '"+"decisions"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.snapshotVersion !== undefined){
let data0 = data.snapshotVersion;
if(1 !== data0){
const err9 = {instancePath:instancePath+"/snapshotVersion",schemaPath:"#/properties/snapshotVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.snapshotVersion,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asAt !== undefined){
let data1 = data.asAt;
if((typeof data1 !== "string") && (data1 !== null)){
const err10 = {instancePath:instancePath+"/asAt",schemaPath:"#/definitions/optionalDate/type",keyword:"type",params:{type: schema12.type},message:"must be string,null",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err11 = {instancePath:instancePath+"/asAt",schemaPath:"#/definitions/optionalDate/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.organisations !== undefined){
let data2 = data.organisations;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data2[i0], {instancePath:instancePath+"/organisations/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/organisations",schemaPath:"#/properties/organisations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.organisations.type,parentSchema:schema11.properties.organisations,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.people !== undefined){
let data4 = data.people;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data4[i1], {instancePath:instancePath+"/people/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.people.type,parentSchema:schema11.properties.people,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.committees !== undefined){
let data6 = data.committees;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate15(data6[i2], {instancePath:instancePath+"/committees/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/committees",schemaPath:"#/properties/committees/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.committees.type,parentSchema:schema11.properties.committees,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.declarations !== undefined){
let data8 = data.declarations;
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
if(!(validate23(data8[i3], {instancePath:instancePath+"/declarations/" + i3,parentData:data8,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/declarations",schemaPath:"#/properties/declarations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.declarations.type,parentSchema:schema11.properties.declarations,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.confirmations !== undefined){
let data10 = data.confirmations;
if(Array.isArray(data10)){
const len4 = data10.length;
for(let i4=0; i4<len4; i4++){
if(!(validate25(data10[i4], {instancePath:instancePath+"/confirmations/" + i4,parentData:data10,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/confirmations",schemaPath:"#/properties/confirmations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.confirmations.type,parentSchema:schema11.properties.confirmations,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.giftsAndHospitality !== undefined){
let data12 = data.giftsAndHospitality;
if(Array.isArray(data12)){
const len5 = data12.length;
for(let i5=0; i5<len5; i5++){
if(!(validate27(data12[i5], {instancePath:instancePath+"/giftsAndHospitality/" + i5,parentData:data12,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/giftsAndHospitality",schemaPath:"#/properties/giftsAndHospitality/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.giftsAndHospitality.type,parentSchema:schema11.properties.giftsAndHospitality,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.meetings !== undefined){
let data14 = data.meetings;
if(Array.isArray(data14)){
const len6 = data14.length;
for(let i6=0; i6<len6; i6++){
if(!(validate29(data14[i6], {instancePath:instancePath+"/meetings/" + i6,parentData:data14,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/meetings",schemaPath:"#/properties/meetings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.meetings.type,parentSchema:schema11.properties.meetings,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.decisions !== undefined){
let data16 = data.decisions;
if(Array.isArray(data16)){
const len7 = data16.length;
for(let i7=0; i7<len7; i7++){
if(!(validate33(data16[i7], {instancePath:instancePath+"/decisions/" + i7,parentData:data16,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.decisions.type,parentSchema:schema11.properties.decisions,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
