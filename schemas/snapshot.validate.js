// Generated from snapshot.schema.json by src/schemas/snapshotValidator.ts (npm run schema:compile): do not edit.
"use strict";
module.exports = validate21;
module.exports.default = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:coi-register:snapshot:1","title":"Governance snapshot, version 1","description":"The input of the compliance engine: what `coi check` reads and `POST /api/checks` accepts (shared/spec/snapshot.md). Producers may add fields of their own. Beyond this schema, the engine also checks that every id a snapshot refers to is in its list, that periods end after they begin, that a person holds one seat on a committee at a time, that meetings, items and decisions agree, and that a quorum's requirements have unique ids and a max not below their min.","type":"object","required":["snapshotVersion","organisations","people","committees","declarations","confirmations","giftsAndHospitality","meetings","decisions"],"properties":{"snapshotVersion":{"$ref":"#/definitions/snapshotVersion"},"asAt":{"$ref":"#/definitions/asAt"},"organisations":{"$ref":"#/definitions/organisations"},"people":{"$ref":"#/definitions/people"},"committees":{"$ref":"#/definitions/committees"},"declarations":{"$ref":"#/definitions/declarations"},"confirmations":{"$ref":"#/definitions/confirmations"},"giftsAndHospitality":{"$ref":"#/definitions/giftsAndHospitality"},"meetings":{"$ref":"#/definitions/meetings"},"decisions":{"$ref":"#/definitions/decisions"}},"definitions":{"snapshotVersion":{"const":1},"asAt":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"organisations":{"type":"array","items":{"type":"object","required":["id","name","kind"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"name":{"type":"string","minLength":1},"kind":{"enum":["ccg","icb","gp-practice","provider","company","charity","local-authority","nhs-england","healthwatch","other"]},"odsCode":{"type":["string","null"]},"companiesHouseNumber":{"type":["string","null"]},"memberOfId":{"type":["string","null"],"minLength":1},"aliases":{"type":["array","null"],"items":{"type":"string","minLength":1}},"supplier":{"type":["boolean","null"]}}}},"people":{"type":"array","items":{"type":"object","required":["id","name"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"name":{"type":"string","minLength":1},"email":{"type":["string","null"]}}}},"committees":{"type":"array","items":{"type":"object","required":["id","name","organisationIds","type","rulePack","members"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"name":{"type":"string","minLength":1},"organisationIds":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Two or more for a joint committee."},"type":{"enum":["primary-care-commissioning","joint-commissioning","governing-body","audit","other"]},"commissioningLevel":{"enum":["greater-involvement","joint","delegated",null]},"rulePack":{"type":"string","minLength":1,"description":"An id, unique within its list."},"quorum":{"type":["object","null"],"description":"Quorum settings; each one given overrides the rule pack's setting of the same name.","properties":{"minimumVoting":{"type":["integer","null"],"minimum":1},"majorityOfVoting":{"type":["boolean","null"]},"countedMajority":{"type":["boolean","null"]},"chairOrViceChair":{"type":["boolean","null"]},"present":{"type":["array","null"],"items":{"type":"object","description":"Counts the voting members present who match every condition it states; a quorum needs at least min of them.","required":["id","label","min"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"label":{"type":"string","minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"},"categories":{"type":["array","null"],"minItems":1,"items":{"enum":["lay","executive","gp","nurse","secondary-care-doctor","other-clinician","nhs-england","local-authority","healthwatch","practice-manager","officer","other","non-executive","partner-member"]}},"offices":{"type":["array","null"],"minItems":1,"items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","description":"Lower-case letters and digits joined by hyphens, like finance-director."}},"roles":{"type":["array","null"],"minItems":1,"items":{"enum":["chair","vice-chair","member","attendee"]}},"voting":{"type":["boolean","null"]},"min":{"type":"integer","minimum":1},"max":{"type":["integer","null"],"minimum":0}}}}}},"members":{"type":"array","items":{"type":"object","required":["personId","category","role","voting","from"],"properties":{"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"category":{"enum":["lay","executive","gp","nurse","secondary-care-doctor","other-clinician","nhs-england","local-authority","healthwatch","practice-manager","officer","other","non-executive","partner-member"]},"role":{"enum":["chair","vice-chair","member","attendee"]},"voting":{"type":"boolean"},"office":{"type":["string","null"],"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"from":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"to":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"}}}}}}},"declarations":{"type":"array","items":{"type":"object","required":["id","personId","type","declaredOn"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"type":{"enum":["financial","non-financial-professional","non-financial-personal","indirect","nil"]},"category":{"type":["string","null"]},"organisationId":{"type":["string","null"],"minLength":1},"organisationName":{"type":["string","null"]},"description":{"type":["string","null"]},"heldBy":{"enum":["self","spouse-or-partner","relative","friend","business-partner",null]},"from":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"to":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"declaredOn":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"actionTaken":{"type":["string","null"]}},"if":{"properties":{"type":{"const":"nil"}}},"else":{"required":["from"],"properties":{"from":{"type":"string"}}}}},"confirmations":{"type":"array","items":{"type":"object","required":["personId","confirmedOn"],"properties":{"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"confirmedOn":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"}}}},"giftsAndHospitality":{"type":"array","items":{"type":"object","required":["id","personId","kind","valueGBP","offeredOn","accepted"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"kind":{"enum":["gift","hospitality","travel"]},"fromOrganisationId":{"type":["string","null"],"minLength":1},"fromName":{"type":["string","null"]},"description":{"type":["string","null"]},"valueGBP":{"type":"number","minimum":0,"description":"Pounds."},"cashOrVoucher":{"type":["boolean","null"]},"offeredOn":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"accepted":{"type":"boolean"},"declaredOn":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"approvedBy":{"type":["string","null"],"minLength":1}}}},"meetings":{"type":"array","items":{"type":"object","required":["id","committeeId","date","present"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"committeeId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"date":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"present":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Ids, each listed once."},"items":{"type":["array","null"],"items":{"type":"object","required":["id","title"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"title":{"type":"string","minLength":1},"decisionId":{"type":["string","null"],"minLength":1},"participation":{"type":["array","null"],"description":"A present voting member with no entry on a decision item voted.","items":{"type":"object","required":["personId","action"],"properties":{"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"action":{"enum":["voted","abstained","did-not-vote","left-room","excluded-from-discussion"]}}}}}}}}}},"decisions":{"type":"array","items":{"type":"object","required":["id","committeeId","meetingId","date","title","kind","affectedOrganisationIds"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"committeeId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"meetingId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"date":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"title":{"type":"string","minLength":1},"kind":{"enum":["contract-award","contract-variation","procurement","local-incentive-scheme","investment","other"]},"valueGBP":{"type":["number","null"],"minimum":0},"affectedOrganisationIds":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Ids, each listed once."},"affectsAllPracticesOf":{"type":["string","null"],"minLength":1}}}}}};
const schema7 = {"const":1};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(1 !== data){
const err0 = {instancePath,schemaPath:"#/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"};
const pattern0 = new RegExp("^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$", "");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((typeof data !== "string") && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema8.type},message:"must be string,null",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(!pattern0.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate24.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":"array","items":{"type":"object","required":["id","name","kind"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"name":{"type":"string","minLength":1},"kind":{"enum":["ccg","icb","gp-practice","provider","company","charity","local-authority","nhs-england","healthwatch","other"]},"odsCode":{"type":["string","null"]},"companiesHouseNumber":{"type":["string","null"]},"memberOfId":{"type":["string","null"],"minLength":1},"aliases":{"type":["array","null"],"items":{"type":"string","minLength":1}},"supplier":{"type":["boolean","null"]}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema9.items.required,parentSchema:schema9.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema9.items.required,parentSchema:schema9.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.kind === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema9.items.required,parentSchema:schema9.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.items.properties.id,data:data1};
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
const err4 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.items.properties.id.type,parentSchema:schema9.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.items.properties.name,data:data2};
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
const err6 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.items.properties.name.type,parentSchema:schema9.items.properties.name,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.kind !== undefined){
let data3 = data0.kind;
if(!((((((((((data3 === "ccg") || (data3 === "icb")) || (data3 === "gp-practice")) || (data3 === "provider")) || (data3 === "company")) || (data3 === "charity")) || (data3 === "local-authority")) || (data3 === "nhs-england")) || (data3 === "healthwatch")) || (data3 === "other"))){
const err7 = {instancePath:instancePath+"/" + i0+"/kind",schemaPath:"#/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema9.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema9.items.properties.kind.enum,parentSchema:schema9.items.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.odsCode !== undefined){
let data4 = data0.odsCode;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/" + i0+"/odsCode",schemaPath:"#/items/properties/odsCode/type",keyword:"type",params:{type: schema9.items.properties.odsCode.type},message:"must be string,null",schema:schema9.items.properties.odsCode.type,parentSchema:schema9.items.properties.odsCode,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.companiesHouseNumber !== undefined){
let data5 = data0.companiesHouseNumber;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/" + i0+"/companiesHouseNumber",schemaPath:"#/items/properties/companiesHouseNumber/type",keyword:"type",params:{type: schema9.items.properties.companiesHouseNumber.type},message:"must be string,null",schema:schema9.items.properties.companiesHouseNumber.type,parentSchema:schema9.items.properties.companiesHouseNumber,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.memberOfId !== undefined){
let data6 = data0.memberOfId;
if((typeof data6 !== "string") && (data6 !== null)){
const err10 = {instancePath:instancePath+"/" + i0+"/memberOfId",schemaPath:"#/items/properties/memberOfId/type",keyword:"type",params:{type: schema9.items.properties.memberOfId.type},message:"must be string,null",schema:schema9.items.properties.memberOfId.type,parentSchema:schema9.items.properties.memberOfId,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data6 === "string"){
if(data6.length < 1){
const err11 = {instancePath:instancePath+"/" + i0+"/memberOfId",schemaPath:"#/items/properties/memberOfId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.items.properties.memberOfId,data:data6};
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
if(data0.aliases !== undefined){
let data7 = data0.aliases;
if((!(Array.isArray(data7))) && (data7 !== null)){
const err12 = {instancePath:instancePath+"/" + i0+"/aliases",schemaPath:"#/items/properties/aliases/type",keyword:"type",params:{type: schema9.items.properties.aliases.type},message:"must be array,null",schema:schema9.items.properties.aliases.type,parentSchema:schema9.items.properties.aliases,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(data8.length < 1){
const err13 = {instancePath:instancePath+"/" + i0+"/aliases/" + i1,schemaPath:"#/items/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.items.properties.aliases.items,data:data8};
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
const err14 = {instancePath:instancePath+"/" + i0+"/aliases/" + i1,schemaPath:"#/items/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.items.properties.aliases.items.type,parentSchema:schema9.items.properties.aliases.items,data:data8};
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
if(data0.supplier !== undefined){
let data9 = data0.supplier;
if((typeof data9 !== "boolean") && (data9 !== null)){
const err15 = {instancePath:instancePath+"/" + i0+"/supplier",schemaPath:"#/items/properties/supplier/type",keyword:"type",params:{type: schema9.items.properties.supplier.type},message:"must be boolean,null",schema:schema9.items.properties.supplier.type,parentSchema:schema9.items.properties.supplier,data:data9};
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
const err16 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.items.type,parentSchema:schema9.items,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"array","items":{"type":"object","required":["id","name"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"name":{"type":"string","minLength":1},"email":{"type":["string","null"]}}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema10.items.required,parentSchema:schema10.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema10.items.required,parentSchema:schema10.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema10.items.properties.id,data:data1};
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
const err3 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.items.properties.id.type,parentSchema:schema10.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(data2.length < 1){
const err4 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema10.items.properties.name,data:data2};
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
const err5 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.items.properties.name.type,parentSchema:schema10.items.properties.name,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.email !== undefined){
let data3 = data0.email;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/" + i0+"/email",schemaPath:"#/items/properties/email/type",keyword:"type",params:{type: schema10.items.properties.email.type},message:"must be string,null",schema:schema10.items.properties.email.type,parentSchema:schema10.items.properties.email,data:data3};
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
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.items.type,parentSchema:schema10.items,data:data0};
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
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"array","items":{"type":"object","required":["id","name","organisationIds","type","rulePack","members"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"name":{"type":"string","minLength":1},"organisationIds":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Two or more for a joint committee."},"type":{"enum":["primary-care-commissioning","joint-commissioning","governing-body","audit","other"]},"commissioningLevel":{"enum":["greater-involvement","joint","delegated",null]},"rulePack":{"type":"string","minLength":1,"description":"An id, unique within its list."},"quorum":{"type":["object","null"],"description":"Quorum settings; each one given overrides the rule pack's setting of the same name.","properties":{"minimumVoting":{"type":["integer","null"],"minimum":1},"majorityOfVoting":{"type":["boolean","null"]},"countedMajority":{"type":["boolean","null"]},"chairOrViceChair":{"type":["boolean","null"]},"present":{"type":["array","null"],"items":{"type":"object","description":"Counts the voting members present who match every condition it states; a quorum needs at least min of them.","required":["id","label","min"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"label":{"type":"string","minLength":1,"pattern":"^\\S(?:[\\s\\S]*\\S)?$"},"categories":{"type":["array","null"],"minItems":1,"items":{"enum":["lay","executive","gp","nurse","secondary-care-doctor","other-clinician","nhs-england","local-authority","healthwatch","practice-manager","officer","other","non-executive","partner-member"]}},"offices":{"type":["array","null"],"minItems":1,"items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","description":"Lower-case letters and digits joined by hyphens, like finance-director."}},"roles":{"type":["array","null"],"minItems":1,"items":{"enum":["chair","vice-chair","member","attendee"]}},"voting":{"type":["boolean","null"]},"min":{"type":"integer","minimum":1},"max":{"type":["integer","null"],"minimum":0}}}}}},"members":{"type":"array","items":{"type":"object","required":["personId","category","role","voting","from"],"properties":{"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"category":{"enum":["lay","executive","gp","nurse","secondary-care-doctor","other-clinician","nhs-england","local-authority","healthwatch","practice-manager","officer","other","non-executive","partner-member"]},"role":{"enum":["chair","vice-chair","member","attendee"]},"voting":{"type":"boolean"},"office":{"type":["string","null"],"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"},"from":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"to":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"}}}}}}};
const pattern1 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "");
const pattern2 = new RegExp("^\\S(?:[\\s\\S]*\\S)?$", "");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.items.required,parentSchema:schema11.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.items.required,parentSchema:schema11.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.organisationIds === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "organisationIds"},message:"must have required property '"+"organisationIds"+"'",schema:schema11.items.required,parentSchema:schema11.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.type === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.items.required,parentSchema:schema11.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.rulePack === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "rulePack"},message:"must have required property '"+"rulePack"+"'",schema:schema11.items.required,parentSchema:schema11.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.members === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'",schema:schema11.items.required,parentSchema:schema11.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.items.properties.id,data:data1};
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
const err7 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.id.type,parentSchema:schema11.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.items.properties.name,data:data2};
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
const err9 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.name.type,parentSchema:schema11.items.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.organisationIds !== undefined){
let data3 = data0.organisationIds;
if(Array.isArray(data3)){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/" + i0+"/organisationIds",schemaPath:"#/items/properties/organisationIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.items.properties.organisationIds,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/" + i0+"/organisationIds/" + i1,schemaPath:"#/items/properties/organisationIds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.items.properties.organisationIds.items,data:data4};
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
const err12 = {instancePath:instancePath+"/" + i0+"/organisationIds/" + i1,schemaPath:"#/items/properties/organisationIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.organisationIds.items.type,parentSchema:schema11.items.properties.organisationIds.items,data:data4};
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
const err13 = {instancePath:instancePath+"/" + i0+"/organisationIds",schemaPath:"#/items/properties/organisationIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.items.properties.organisationIds.type,parentSchema:schema11.items.properties.organisationIds,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.type !== undefined){
let data5 = data0.type;
if(!(((((data5 === "primary-care-commissioning") || (data5 === "joint-commissioning")) || (data5 === "governing-body")) || (data5 === "audit")) || (data5 === "other"))){
const err14 = {instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.items.properties.type.enum,parentSchema:schema11.items.properties.type,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.commissioningLevel !== undefined){
let data6 = data0.commissioningLevel;
if(!((((data6 === "greater-involvement") || (data6 === "joint")) || (data6 === "delegated")) || (data6 === null))){
const err15 = {instancePath:instancePath+"/" + i0+"/commissioningLevel",schemaPath:"#/items/properties/commissioningLevel/enum",keyword:"enum",params:{allowedValues: schema11.items.properties.commissioningLevel.enum},message:"must be equal to one of the allowed values",schema:schema11.items.properties.commissioningLevel.enum,parentSchema:schema11.items.properties.commissioningLevel,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.rulePack !== undefined){
let data7 = data0.rulePack;
if(typeof data7 === "string"){
if(data7.length < 1){
const err16 = {instancePath:instancePath+"/" + i0+"/rulePack",schemaPath:"#/items/properties/rulePack/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.items.properties.rulePack,data:data7};
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
const err17 = {instancePath:instancePath+"/" + i0+"/rulePack",schemaPath:"#/items/properties/rulePack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.rulePack.type,parentSchema:schema11.items.properties.rulePack,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.quorum !== undefined){
let data8 = data0.quorum;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
const err18 = {instancePath:instancePath+"/" + i0+"/quorum",schemaPath:"#/items/properties/quorum/type",keyword:"type",params:{type: schema11.items.properties.quorum.type},message:"must be object,null",schema:schema11.items.properties.quorum.type,parentSchema:schema11.items.properties.quorum,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.minimumVoting !== undefined){
let data9 = data8.minimumVoting;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err19 = {instancePath:instancePath+"/" + i0+"/quorum/minimumVoting",schemaPath:"#/items/properties/quorum/properties/minimumVoting/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.minimumVoting.type},message:"must be integer,null",schema:schema11.items.properties.quorum.properties.minimumVoting.type,parentSchema:schema11.items.properties.quorum.properties.minimumVoting,data:data9};
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
const err20 = {instancePath:instancePath+"/" + i0+"/quorum/minimumVoting",schemaPath:"#/items/properties/quorum/properties/minimumVoting/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.items.properties.quorum.properties.minimumVoting,data:data9};
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
if(data8.majorityOfVoting !== undefined){
let data10 = data8.majorityOfVoting;
if((typeof data10 !== "boolean") && (data10 !== null)){
const err21 = {instancePath:instancePath+"/" + i0+"/quorum/majorityOfVoting",schemaPath:"#/items/properties/quorum/properties/majorityOfVoting/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.majorityOfVoting.type},message:"must be boolean,null",schema:schema11.items.properties.quorum.properties.majorityOfVoting.type,parentSchema:schema11.items.properties.quorum.properties.majorityOfVoting,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.countedMajority !== undefined){
let data11 = data8.countedMajority;
if((typeof data11 !== "boolean") && (data11 !== null)){
const err22 = {instancePath:instancePath+"/" + i0+"/quorum/countedMajority",schemaPath:"#/items/properties/quorum/properties/countedMajority/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.countedMajority.type},message:"must be boolean,null",schema:schema11.items.properties.quorum.properties.countedMajority.type,parentSchema:schema11.items.properties.quorum.properties.countedMajority,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.chairOrViceChair !== undefined){
let data12 = data8.chairOrViceChair;
if((typeof data12 !== "boolean") && (data12 !== null)){
const err23 = {instancePath:instancePath+"/" + i0+"/quorum/chairOrViceChair",schemaPath:"#/items/properties/quorum/properties/chairOrViceChair/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.chairOrViceChair.type},message:"must be boolean,null",schema:schema11.items.properties.quorum.properties.chairOrViceChair.type,parentSchema:schema11.items.properties.quorum.properties.chairOrViceChair,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.present !== undefined){
let data13 = data8.present;
if((!(Array.isArray(data13))) && (data13 !== null)){
const err24 = {instancePath:instancePath+"/" + i0+"/quorum/present",schemaPath:"#/items/properties/quorum/properties/present/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.present.type},message:"must be array,null",schema:schema11.items.properties.quorum.properties.present.type,parentSchema:schema11.items.properties.quorum.properties.present,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.id === undefined){
const err25 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2,schemaPath:"#/items/properties/quorum/properties/present/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.items.properties.quorum.properties.present.items.required,parentSchema:schema11.items.properties.quorum.properties.present.items,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data14.label === undefined){
const err26 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2,schemaPath:"#/items/properties/quorum/properties/present/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema11.items.properties.quorum.properties.present.items.required,parentSchema:schema11.items.properties.quorum.properties.present.items,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data14.min === undefined){
const err27 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2,schemaPath:"#/items/properties/quorum/properties/present/items/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema11.items.properties.quorum.properties.present.items.required,parentSchema:schema11.items.properties.quorum.properties.present.items,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data14.id !== undefined){
let data15 = data14.id;
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
const err28 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/id",schemaPath:"#/items/properties/quorum/properties/present/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema11.items.properties.quorum.properties.present.items.properties.id,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/id",schemaPath:"#/items/properties/quorum/properties/present/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.quorum.properties.present.items.properties.id.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.id,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.label !== undefined){
let data16 = data14.label;
if(typeof data16 === "string"){
if(data16.length < 1){
const err30 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/label",schemaPath:"#/items/properties/quorum/properties/present/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.label,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern2.test(data16)){
const err31 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/label",schemaPath:"#/items/properties/quorum/properties/present/items/properties/label/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]*\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]*\\S)?$"+"\"",schema:"^\\S(?:[\\s\\S]*\\S)?$",parentSchema:schema11.items.properties.quorum.properties.present.items.properties.label,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/label",schemaPath:"#/items/properties/quorum/properties/present/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.quorum.properties.present.items.properties.label.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.label,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data14.categories !== undefined){
let data17 = data14.categories;
if((!(Array.isArray(data17))) && (data17 !== null)){
const err33 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/categories",schemaPath:"#/items/properties/quorum/properties/present/items/properties/categories/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.present.items.properties.categories.type},message:"must be array,null",schema:schema11.items.properties.quorum.properties.present.items.properties.categories.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.categories,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(Array.isArray(data17)){
if(data17.length < 1){
const err34 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/categories",schemaPath:"#/items/properties/quorum/properties/present/items/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.categories,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
let data18 = data17[i3];
if(!((((((((((((((data18 === "lay") || (data18 === "executive")) || (data18 === "gp")) || (data18 === "nurse")) || (data18 === "secondary-care-doctor")) || (data18 === "other-clinician")) || (data18 === "nhs-england")) || (data18 === "local-authority")) || (data18 === "healthwatch")) || (data18 === "practice-manager")) || (data18 === "officer")) || (data18 === "other")) || (data18 === "non-executive")) || (data18 === "partner-member"))){
const err35 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/categories/" + i3,schemaPath:"#/items/properties/quorum/properties/present/items/properties/categories/items/enum",keyword:"enum",params:{allowedValues: schema11.items.properties.quorum.properties.present.items.properties.categories.items.enum},message:"must be equal to one of the allowed values",schema:schema11.items.properties.quorum.properties.present.items.properties.categories.items.enum,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.categories.items,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
if(data14.offices !== undefined){
let data19 = data14.offices;
if((!(Array.isArray(data19))) && (data19 !== null)){
const err36 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/offices",schemaPath:"#/items/properties/quorum/properties/present/items/properties/offices/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.present.items.properties.offices.type},message:"must be array,null",schema:schema11.items.properties.quorum.properties.present.items.properties.offices.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.offices,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(Array.isArray(data19)){
if(data19.length < 1){
const err37 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/offices",schemaPath:"#/items/properties/quorum/properties/present/items/properties/offices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.offices,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
let data20 = data19[i4];
if(typeof data20 === "string"){
if(!pattern1.test(data20)){
const err38 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/offices/" + i4,schemaPath:"#/items/properties/quorum/properties/present/items/properties/offices/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema11.items.properties.quorum.properties.present.items.properties.offices.items,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/offices/" + i4,schemaPath:"#/items/properties/quorum/properties/present/items/properties/offices/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.quorum.properties.present.items.properties.offices.items.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.offices.items,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
if(data14.roles !== undefined){
let data21 = data14.roles;
if((!(Array.isArray(data21))) && (data21 !== null)){
const err40 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/roles",schemaPath:"#/items/properties/quorum/properties/present/items/properties/roles/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.present.items.properties.roles.type},message:"must be array,null",schema:schema11.items.properties.quorum.properties.present.items.properties.roles.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.roles,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(Array.isArray(data21)){
if(data21.length < 1){
const err41 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/roles",schemaPath:"#/items/properties/quorum/properties/present/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.roles,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len5 = data21.length;
for(let i5=0; i5<len5; i5++){
let data22 = data21[i5];
if(!((((data22 === "chair") || (data22 === "vice-chair")) || (data22 === "member")) || (data22 === "attendee"))){
const err42 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/roles/" + i5,schemaPath:"#/items/properties/quorum/properties/present/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema11.items.properties.quorum.properties.present.items.properties.roles.items.enum},message:"must be equal to one of the allowed values",schema:schema11.items.properties.quorum.properties.present.items.properties.roles.items.enum,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.roles.items,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
if(data14.voting !== undefined){
let data23 = data14.voting;
if((typeof data23 !== "boolean") && (data23 !== null)){
const err43 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/voting",schemaPath:"#/items/properties/quorum/properties/present/items/properties/voting/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.present.items.properties.voting.type},message:"must be boolean,null",schema:schema11.items.properties.quorum.properties.present.items.properties.voting.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.voting,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data14.min !== undefined){
let data24 = data14.min;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err44 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/min",schemaPath:"#/items/properties/quorum/properties/present/items/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.items.properties.quorum.properties.present.items.properties.min.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.min,data:data24};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err45 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/min",schemaPath:"#/items/properties/quorum/properties/present/items/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.min,data:data24};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data14.max !== undefined){
let data25 = data14.max;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
const err46 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/max",schemaPath:"#/items/properties/quorum/properties/present/items/properties/max/type",keyword:"type",params:{type: schema11.items.properties.quorum.properties.present.items.properties.max.type},message:"must be integer,null",schema:schema11.items.properties.quorum.properties.present.items.properties.max.type,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.max,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err47 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2+"/max",schemaPath:"#/items/properties/quorum/properties/present/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.items.properties.quorum.properties.present.items.properties.max,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
else {
const err48 = {instancePath:instancePath+"/" + i0+"/quorum/present/" + i2,schemaPath:"#/items/properties/quorum/properties/present/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.items.properties.quorum.properties.present.items.type,parentSchema:schema11.items.properties.quorum.properties.present.items,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
}
}
if(data0.members !== undefined){
let data26 = data0.members;
if(Array.isArray(data26)){
const len6 = data26.length;
for(let i6=0; i6<len6; i6++){
let data27 = data26[i6];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.personId === undefined){
const err49 = {instancePath:instancePath+"/" + i0+"/members/" + i6,schemaPath:"#/items/properties/members/items/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema11.items.properties.members.items.required,parentSchema:schema11.items.properties.members.items,data:data27};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data27.category === undefined){
const err50 = {instancePath:instancePath+"/" + i0+"/members/" + i6,schemaPath:"#/items/properties/members/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema11.items.properties.members.items.required,parentSchema:schema11.items.properties.members.items,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data27.role === undefined){
const err51 = {instancePath:instancePath+"/" + i0+"/members/" + i6,schemaPath:"#/items/properties/members/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema11.items.properties.members.items.required,parentSchema:schema11.items.properties.members.items,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data27.voting === undefined){
const err52 = {instancePath:instancePath+"/" + i0+"/members/" + i6,schemaPath:"#/items/properties/members/items/required",keyword:"required",params:{missingProperty: "voting"},message:"must have required property '"+"voting"+"'",schema:schema11.items.properties.members.items.required,parentSchema:schema11.items.properties.members.items,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data27.from === undefined){
const err53 = {instancePath:instancePath+"/" + i0+"/members/" + i6,schemaPath:"#/items/properties/members/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.items.properties.members.items.required,parentSchema:schema11.items.properties.members.items,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data27.personId !== undefined){
let data28 = data27.personId;
if(typeof data28 === "string"){
if(data28.length < 1){
const err54 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/personId",schemaPath:"#/items/properties/members/items/properties/personId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.items.properties.members.items.properties.personId,data:data28};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/personId",schemaPath:"#/items/properties/members/items/properties/personId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.members.items.properties.personId.type,parentSchema:schema11.items.properties.members.items.properties.personId,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data27.category !== undefined){
let data29 = data27.category;
if(!((((((((((((((data29 === "lay") || (data29 === "executive")) || (data29 === "gp")) || (data29 === "nurse")) || (data29 === "secondary-care-doctor")) || (data29 === "other-clinician")) || (data29 === "nhs-england")) || (data29 === "local-authority")) || (data29 === "healthwatch")) || (data29 === "practice-manager")) || (data29 === "officer")) || (data29 === "other")) || (data29 === "non-executive")) || (data29 === "partner-member"))){
const err56 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/category",schemaPath:"#/items/properties/members/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema11.items.properties.members.items.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema11.items.properties.members.items.properties.category.enum,parentSchema:schema11.items.properties.members.items.properties.category,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data27.role !== undefined){
let data30 = data27.role;
if(!((((data30 === "chair") || (data30 === "vice-chair")) || (data30 === "member")) || (data30 === "attendee"))){
const err57 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/role",schemaPath:"#/items/properties/members/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema11.items.properties.members.items.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema11.items.properties.members.items.properties.role.enum,parentSchema:schema11.items.properties.members.items.properties.role,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data27.voting !== undefined){
let data31 = data27.voting;
if(typeof data31 !== "boolean"){
const err58 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/voting",schemaPath:"#/items/properties/members/items/properties/voting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.items.properties.members.items.properties.voting.type,parentSchema:schema11.items.properties.members.items.properties.voting,data:data31};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data27.office !== undefined){
let data32 = data27.office;
if((typeof data32 !== "string") && (data32 !== null)){
const err59 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/office",schemaPath:"#/items/properties/members/items/properties/office/type",keyword:"type",params:{type: schema11.items.properties.members.items.properties.office.type},message:"must be string,null",schema:schema11.items.properties.members.items.properties.office.type,parentSchema:schema11.items.properties.members.items.properties.office,data:data32};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data32 === "string"){
if(!pattern1.test(data32)){
const err60 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/office",schemaPath:"#/items/properties/members/items/properties/office/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema11.items.properties.members.items.properties.office,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data27.from !== undefined){
let data33 = data27.from;
if(typeof data33 === "string"){
if(!pattern0.test(data33)){
const err61 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/from",schemaPath:"#/items/properties/members/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema11.items.properties.members.items.properties.from,data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/from",schemaPath:"#/items/properties/members/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.members.items.properties.from.type,parentSchema:schema11.items.properties.members.items.properties.from,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data27.to !== undefined){
let data34 = data27.to;
if((typeof data34 !== "string") && (data34 !== null)){
const err63 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/to",schemaPath:"#/items/properties/members/items/properties/to/type",keyword:"type",params:{type: schema11.items.properties.members.items.properties.to.type},message:"must be string,null",schema:schema11.items.properties.members.items.properties.to.type,parentSchema:schema11.items.properties.members.items.properties.to,data:data34};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
const err64 = {instancePath:instancePath+"/" + i0+"/members/" + i6+"/to",schemaPath:"#/items/properties/members/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema11.items.properties.members.items.properties.to,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/" + i0+"/members/" + i6,schemaPath:"#/items/properties/members/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.items.properties.members.items.type,parentSchema:schema11.items.properties.members.items,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/" + i0+"/members",schemaPath:"#/items/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.items.properties.members.type,parentSchema:schema11.items.properties.members,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.items.type,parentSchema:schema11.items,data:data0};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"array","items":{"type":"object","required":["id","personId","type","declaredOn"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"type":{"enum":["financial","non-financial-professional","non-financial-personal","indirect","nil"]},"category":{"type":["string","null"]},"organisationId":{"type":["string","null"],"minLength":1},"organisationName":{"type":["string","null"]},"description":{"type":["string","null"]},"heldBy":{"enum":["self","spouse-or-partner","relative","friend","business-partner",null]},"from":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"to":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"declaredOn":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"actionTaken":{"type":["string","null"]}},"if":{"properties":{"type":{"const":"nil"}}},"else":{"required":["from"],"properties":{"from":{"type":"string"}}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs3 = errors;
let valid2 = true;
const _errs4 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type !== undefined){
if("nil" !== data0.type){
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
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.from === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/else/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema12.items.else.required,parentSchema:schema12.items.else,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.from !== undefined){
let data2 = data0.from;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/" + i0+"/from",schemaPath:"#/items/else/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.else.properties.from.type,parentSchema:schema12.items.else.properties.from,data:data2};
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
var _valid0 = _errs6 === errors;
valid2 = _valid0;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema12.items.if,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema12.items.required,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.personId === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema12.items.required,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.type === undefined){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.items.required,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.declaredOn === undefined){
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "declaredOn"},message:"must have required property '"+"declaredOn"+"'",schema:schema12.items.required,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0.id !== undefined){
let data3 = data0.id;
if(typeof data3 === "string"){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items.properties.id,data:data3};
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
const err9 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.properties.id.type,parentSchema:schema12.items.properties.id,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.personId !== undefined){
let data4 = data0.personId;
if(typeof data4 === "string"){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/" + i0+"/personId",schemaPath:"#/items/properties/personId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items.properties.personId,data:data4};
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
const err11 = {instancePath:instancePath+"/" + i0+"/personId",schemaPath:"#/items/properties/personId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.properties.personId.type,parentSchema:schema12.items.properties.personId,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.type !== undefined){
let data5 = data0.type;
if(!(((((data5 === "financial") || (data5 === "non-financial-professional")) || (data5 === "non-financial-personal")) || (data5 === "indirect")) || (data5 === "nil"))){
const err12 = {instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.items.properties.type.enum,parentSchema:schema12.items.properties.type,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.category !== undefined){
let data6 = data0.category;
if((typeof data6 !== "string") && (data6 !== null)){
const err13 = {instancePath:instancePath+"/" + i0+"/category",schemaPath:"#/items/properties/category/type",keyword:"type",params:{type: schema12.items.properties.category.type},message:"must be string,null",schema:schema12.items.properties.category.type,parentSchema:schema12.items.properties.category,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.organisationId !== undefined){
let data7 = data0.organisationId;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/" + i0+"/organisationId",schemaPath:"#/items/properties/organisationId/type",keyword:"type",params:{type: schema12.items.properties.organisationId.type},message:"must be string,null",schema:schema12.items.properties.organisationId.type,parentSchema:schema12.items.properties.organisationId,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data7 === "string"){
if(data7.length < 1){
const err15 = {instancePath:instancePath+"/" + i0+"/organisationId",schemaPath:"#/items/properties/organisationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items.properties.organisationId,data:data7};
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
if(data0.organisationName !== undefined){
let data8 = data0.organisationName;
if((typeof data8 !== "string") && (data8 !== null)){
const err16 = {instancePath:instancePath+"/" + i0+"/organisationName",schemaPath:"#/items/properties/organisationName/type",keyword:"type",params:{type: schema12.items.properties.organisationName.type},message:"must be string,null",schema:schema12.items.properties.organisationName.type,parentSchema:schema12.items.properties.organisationName,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.description !== undefined){
let data9 = data0.description;
if((typeof data9 !== "string") && (data9 !== null)){
const err17 = {instancePath:instancePath+"/" + i0+"/description",schemaPath:"#/items/properties/description/type",keyword:"type",params:{type: schema12.items.properties.description.type},message:"must be string,null",schema:schema12.items.properties.description.type,parentSchema:schema12.items.properties.description,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.heldBy !== undefined){
let data10 = data0.heldBy;
if(!((((((data10 === "self") || (data10 === "spouse-or-partner")) || (data10 === "relative")) || (data10 === "friend")) || (data10 === "business-partner")) || (data10 === null))){
const err18 = {instancePath:instancePath+"/" + i0+"/heldBy",schemaPath:"#/items/properties/heldBy/enum",keyword:"enum",params:{allowedValues: schema12.items.properties.heldBy.enum},message:"must be equal to one of the allowed values",schema:schema12.items.properties.heldBy.enum,parentSchema:schema12.items.properties.heldBy,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data0.from !== undefined){
let data11 = data0.from;
if((typeof data11 !== "string") && (data11 !== null)){
const err19 = {instancePath:instancePath+"/" + i0+"/from",schemaPath:"#/items/properties/from/type",keyword:"type",params:{type: schema12.items.properties.from.type},message:"must be string,null",schema:schema12.items.properties.from.type,parentSchema:schema12.items.properties.from,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err20 = {instancePath:instancePath+"/" + i0+"/from",schemaPath:"#/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12.items.properties.from,data:data11};
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
if(data0.to !== undefined){
let data12 = data0.to;
if((typeof data12 !== "string") && (data12 !== null)){
const err21 = {instancePath:instancePath+"/" + i0+"/to",schemaPath:"#/items/properties/to/type",keyword:"type",params:{type: schema12.items.properties.to.type},message:"must be string,null",schema:schema12.items.properties.to.type,parentSchema:schema12.items.properties.to,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err22 = {instancePath:instancePath+"/" + i0+"/to",schemaPath:"#/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12.items.properties.to,data:data12};
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
if(data0.declaredOn !== undefined){
let data13 = data0.declaredOn;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err23 = {instancePath:instancePath+"/" + i0+"/declaredOn",schemaPath:"#/items/properties/declaredOn/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema12.items.properties.declaredOn,data:data13};
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
const err24 = {instancePath:instancePath+"/" + i0+"/declaredOn",schemaPath:"#/items/properties/declaredOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.properties.declaredOn.type,parentSchema:schema12.items.properties.declaredOn,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data0.actionTaken !== undefined){
let data14 = data0.actionTaken;
if((typeof data14 !== "string") && (data14 !== null)){
const err25 = {instancePath:instancePath+"/" + i0+"/actionTaken",schemaPath:"#/items/properties/actionTaken/type",keyword:"type",params:{type: schema12.items.properties.actionTaken.type},message:"must be string,null",schema:schema12.items.properties.actionTaken.type,parentSchema:schema12.items.properties.actionTaken,data:data14};
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
const err26 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.items.type,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"array","items":{"type":"object","required":["personId","confirmedOn"],"properties":{"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"confirmedOn":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.personId === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema13.items.required,parentSchema:schema13.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.confirmedOn === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "confirmedOn"},message:"must have required property '"+"confirmedOn"+"'",schema:schema13.items.required,parentSchema:schema13.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.personId !== undefined){
let data1 = data0.personId;
if(typeof data1 === "string"){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/" + i0+"/personId",schemaPath:"#/items/properties/personId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.items.properties.personId,data:data1};
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
const err3 = {instancePath:instancePath+"/" + i0+"/personId",schemaPath:"#/items/properties/personId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.properties.personId.type,parentSchema:schema13.items.properties.personId,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.confirmedOn !== undefined){
let data2 = data0.confirmedOn;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err4 = {instancePath:instancePath+"/" + i0+"/confirmedOn",schemaPath:"#/items/properties/confirmedOn/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema13.items.properties.confirmedOn,data:data2};
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
const err5 = {instancePath:instancePath+"/" + i0+"/confirmedOn",schemaPath:"#/items/properties/confirmedOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.properties.confirmedOn.type,parentSchema:schema13.items.properties.confirmedOn,data:data2};
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
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.items.type,parentSchema:schema13.items,data:data0};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"array","items":{"type":"object","required":["id","personId","kind","valueGBP","offeredOn","accepted"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"kind":{"enum":["gift","hospitality","travel"]},"fromOrganisationId":{"type":["string","null"],"minLength":1},"fromName":{"type":["string","null"]},"description":{"type":["string","null"]},"valueGBP":{"type":"number","minimum":0,"description":"Pounds."},"cashOrVoucher":{"type":["boolean","null"]},"offeredOn":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"accepted":{"type":"boolean"},"declaredOn":{"type":["string","null"],"pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"approvedBy":{"type":["string","null"],"minLength":1}}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema14.items.required,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.personId === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema14.items.required,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.kind === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema14.items.required,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.valueGBP === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "valueGBP"},message:"must have required property '"+"valueGBP"+"'",schema:schema14.items.required,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.offeredOn === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "offeredOn"},message:"must have required property '"+"offeredOn"+"'",schema:schema14.items.required,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.accepted === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "accepted"},message:"must have required property '"+"accepted"+"'",schema:schema14.items.required,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.items.properties.id,data:data1};
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
const err7 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.properties.id.type,parentSchema:schema14.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.personId !== undefined){
let data2 = data0.personId;
if(typeof data2 === "string"){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/" + i0+"/personId",schemaPath:"#/items/properties/personId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.items.properties.personId,data:data2};
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
const err9 = {instancePath:instancePath+"/" + i0+"/personId",schemaPath:"#/items/properties/personId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.properties.personId.type,parentSchema:schema14.items.properties.personId,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.kind !== undefined){
let data3 = data0.kind;
if(!(((data3 === "gift") || (data3 === "hospitality")) || (data3 === "travel"))){
const err10 = {instancePath:instancePath+"/" + i0+"/kind",schemaPath:"#/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema14.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema14.items.properties.kind.enum,parentSchema:schema14.items.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.fromOrganisationId !== undefined){
let data4 = data0.fromOrganisationId;
if((typeof data4 !== "string") && (data4 !== null)){
const err11 = {instancePath:instancePath+"/" + i0+"/fromOrganisationId",schemaPath:"#/items/properties/fromOrganisationId/type",keyword:"type",params:{type: schema14.items.properties.fromOrganisationId.type},message:"must be string,null",schema:schema14.items.properties.fromOrganisationId.type,parentSchema:schema14.items.properties.fromOrganisationId,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data4 === "string"){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/" + i0+"/fromOrganisationId",schemaPath:"#/items/properties/fromOrganisationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.items.properties.fromOrganisationId,data:data4};
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
if(data0.fromName !== undefined){
let data5 = data0.fromName;
if((typeof data5 !== "string") && (data5 !== null)){
const err13 = {instancePath:instancePath+"/" + i0+"/fromName",schemaPath:"#/items/properties/fromName/type",keyword:"type",params:{type: schema14.items.properties.fromName.type},message:"must be string,null",schema:schema14.items.properties.fromName.type,parentSchema:schema14.items.properties.fromName,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.description !== undefined){
let data6 = data0.description;
if((typeof data6 !== "string") && (data6 !== null)){
const err14 = {instancePath:instancePath+"/" + i0+"/description",schemaPath:"#/items/properties/description/type",keyword:"type",params:{type: schema14.items.properties.description.type},message:"must be string,null",schema:schema14.items.properties.description.type,parentSchema:schema14.items.properties.description,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.valueGBP !== undefined){
let data7 = data0.valueGBP;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/" + i0+"/valueGBP",schemaPath:"#/items/properties/valueGBP/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.items.properties.valueGBP,data:data7};
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
const err16 = {instancePath:instancePath+"/" + i0+"/valueGBP",schemaPath:"#/items/properties/valueGBP/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.items.properties.valueGBP.type,parentSchema:schema14.items.properties.valueGBP,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.cashOrVoucher !== undefined){
let data8 = data0.cashOrVoucher;
if((typeof data8 !== "boolean") && (data8 !== null)){
const err17 = {instancePath:instancePath+"/" + i0+"/cashOrVoucher",schemaPath:"#/items/properties/cashOrVoucher/type",keyword:"type",params:{type: schema14.items.properties.cashOrVoucher.type},message:"must be boolean,null",schema:schema14.items.properties.cashOrVoucher.type,parentSchema:schema14.items.properties.cashOrVoucher,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.offeredOn !== undefined){
let data9 = data0.offeredOn;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err18 = {instancePath:instancePath+"/" + i0+"/offeredOn",schemaPath:"#/items/properties/offeredOn/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema14.items.properties.offeredOn,data:data9};
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
const err19 = {instancePath:instancePath+"/" + i0+"/offeredOn",schemaPath:"#/items/properties/offeredOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.properties.offeredOn.type,parentSchema:schema14.items.properties.offeredOn,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.accepted !== undefined){
let data10 = data0.accepted;
if(typeof data10 !== "boolean"){
const err20 = {instancePath:instancePath+"/" + i0+"/accepted",schemaPath:"#/items/properties/accepted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.properties.accepted.type,parentSchema:schema14.items.properties.accepted,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data0.declaredOn !== undefined){
let data11 = data0.declaredOn;
if((typeof data11 !== "string") && (data11 !== null)){
const err21 = {instancePath:instancePath+"/" + i0+"/declaredOn",schemaPath:"#/items/properties/declaredOn/type",keyword:"type",params:{type: schema14.items.properties.declaredOn.type},message:"must be string,null",schema:schema14.items.properties.declaredOn.type,parentSchema:schema14.items.properties.declaredOn,data:data11};
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
const err22 = {instancePath:instancePath+"/" + i0+"/declaredOn",schemaPath:"#/items/properties/declaredOn/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema14.items.properties.declaredOn,data:data11};
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
if(data0.approvedBy !== undefined){
let data12 = data0.approvedBy;
if((typeof data12 !== "string") && (data12 !== null)){
const err23 = {instancePath:instancePath+"/" + i0+"/approvedBy",schemaPath:"#/items/properties/approvedBy/type",keyword:"type",params:{type: schema14.items.properties.approvedBy.type},message:"must be string,null",schema:schema14.items.properties.approvedBy.type,parentSchema:schema14.items.properties.approvedBy,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data12 === "string"){
if(data12.length < 1){
const err24 = {instancePath:instancePath+"/" + i0+"/approvedBy",schemaPath:"#/items/properties/approvedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.items.properties.approvedBy,data:data12};
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
const err25 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.type,parentSchema:schema14.items,data:data0};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"array","items":{"type":"object","required":["id","committeeId","date","present"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"committeeId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"date":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"present":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Ids, each listed once."},"items":{"type":["array","null"],"items":{"type":"object","required":["id","title"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"title":{"type":"string","minLength":1},"decisionId":{"type":["string","null"],"minLength":1},"participation":{"type":["array","null"],"description":"A present voting member with no entry on a decision item voted.","items":{"type":"object","required":["personId","action"],"properties":{"personId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"action":{"enum":["voted","abstained","did-not-vote","left-room","excluded-from-discussion"]}}}}}}}}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.committeeId === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "committeeId"},message:"must have required property '"+"committeeId"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.date === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.present === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.id,data:data1};
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
const err5 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.id.type,parentSchema:schema15.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.committeeId !== undefined){
let data2 = data0.committeeId;
if(typeof data2 === "string"){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/" + i0+"/committeeId",schemaPath:"#/items/properties/committeeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.committeeId,data:data2};
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
const err7 = {instancePath:instancePath+"/" + i0+"/committeeId",schemaPath:"#/items/properties/committeeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.committeeId.type,parentSchema:schema15.items.properties.committeeId,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.date !== undefined){
let data3 = data0.date;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err8 = {instancePath:instancePath+"/" + i0+"/date",schemaPath:"#/items/properties/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema15.items.properties.date,data:data3};
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
const err9 = {instancePath:instancePath+"/" + i0+"/date",schemaPath:"#/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.date.type,parentSchema:schema15.items.properties.date,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.present !== undefined){
let data4 = data0.present;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(data5.length < 1){
const err10 = {instancePath:instancePath+"/" + i0+"/present/" + i1,schemaPath:"#/items/properties/present/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.present.items,data:data5};
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
const err11 = {instancePath:instancePath+"/" + i0+"/present/" + i1,schemaPath:"#/items/properties/present/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.present.items.type,parentSchema:schema15.items.properties.present.items,data:data5};
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
const err12 = {instancePath:instancePath+"/" + i0+"/present",schemaPath:"#/items/properties/present/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.items.properties.present.type,parentSchema:schema15.items.properties.present,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.items !== undefined){
let data6 = data0.items;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err13 = {instancePath:instancePath+"/" + i0+"/items",schemaPath:"#/items/properties/items/type",keyword:"type",params:{type: schema15.items.properties.items.type},message:"must be array,null",schema:schema15.items.properties.items.type,parentSchema:schema15.items.properties.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err14 = {instancePath:instancePath+"/" + i0+"/items/" + i2,schemaPath:"#/items/properties/items/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema15.items.properties.items.items.required,parentSchema:schema15.items.properties.items.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data7.title === undefined){
const err15 = {instancePath:instancePath+"/" + i0+"/items/" + i2,schemaPath:"#/items/properties/items/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema15.items.properties.items.items.required,parentSchema:schema15.items.properties.items.items,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(data8.length < 1){
const err16 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/id",schemaPath:"#/items/properties/items/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.items.items.properties.id,data:data8};
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
const err17 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/id",schemaPath:"#/items/properties/items/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.items.items.properties.id.type,parentSchema:schema15.items.properties.items.items.properties.id,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.title !== undefined){
let data9 = data7.title;
if(typeof data9 === "string"){
if(data9.length < 1){
const err18 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/title",schemaPath:"#/items/properties/items/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.items.items.properties.title,data:data9};
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
const err19 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/title",schemaPath:"#/items/properties/items/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.items.items.properties.title.type,parentSchema:schema15.items.properties.items.items.properties.title,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.decisionId !== undefined){
let data10 = data7.decisionId;
if((typeof data10 !== "string") && (data10 !== null)){
const err20 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/decisionId",schemaPath:"#/items/properties/items/items/properties/decisionId/type",keyword:"type",params:{type: schema15.items.properties.items.items.properties.decisionId.type},message:"must be string,null",schema:schema15.items.properties.items.items.properties.decisionId.type,parentSchema:schema15.items.properties.items.items.properties.decisionId,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data10 === "string"){
if(data10.length < 1){
const err21 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/decisionId",schemaPath:"#/items/properties/items/items/properties/decisionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.items.items.properties.decisionId,data:data10};
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
if(data7.participation !== undefined){
let data11 = data7.participation;
if((!(Array.isArray(data11))) && (data11 !== null)){
const err22 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/participation",schemaPath:"#/items/properties/items/items/properties/participation/type",keyword:"type",params:{type: schema15.items.properties.items.items.properties.participation.type},message:"must be array,null",schema:schema15.items.properties.items.items.properties.participation.type,parentSchema:schema15.items.properties.items.items.properties.participation,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.personId === undefined){
const err23 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/participation/" + i3,schemaPath:"#/items/properties/items/items/properties/participation/items/required",keyword:"required",params:{missingProperty: "personId"},message:"must have required property '"+"personId"+"'",schema:schema15.items.properties.items.items.properties.participation.items.required,parentSchema:schema15.items.properties.items.items.properties.participation.items,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.action === undefined){
const err24 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/participation/" + i3,schemaPath:"#/items/properties/items/items/properties/participation/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema15.items.properties.items.items.properties.participation.items.required,parentSchema:schema15.items.properties.items.items.properties.participation.items,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.personId !== undefined){
let data13 = data12.personId;
if(typeof data13 === "string"){
if(data13.length < 1){
const err25 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/participation/" + i3+"/personId",schemaPath:"#/items/properties/items/items/properties/participation/items/properties/personId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.items.items.properties.participation.items.properties.personId,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/participation/" + i3+"/personId",schemaPath:"#/items/properties/items/items/properties/participation/items/properties/personId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.items.items.properties.participation.items.properties.personId.type,parentSchema:schema15.items.properties.items.items.properties.participation.items.properties.personId,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.action !== undefined){
let data14 = data12.action;
if(!(((((data14 === "voted") || (data14 === "abstained")) || (data14 === "did-not-vote")) || (data14 === "left-room")) || (data14 === "excluded-from-discussion"))){
const err27 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/participation/" + i3+"/action",schemaPath:"#/items/properties/items/items/properties/participation/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema15.items.properties.items.items.properties.participation.items.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema15.items.properties.items.items.properties.participation.items.properties.action.enum,parentSchema:schema15.items.properties.items.items.properties.participation.items.properties.action,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/" + i0+"/items/" + i2+"/participation/" + i3,schemaPath:"#/items/properties/items/items/properties/participation/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.items.properties.items.items.properties.participation.items.type,parentSchema:schema15.items.properties.items.items.properties.participation.items,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/" + i0+"/items/" + i2,schemaPath:"#/items/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.items.properties.items.items.type,parentSchema:schema15.items.properties.items.items,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.items.type,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"array","items":{"type":"object","required":["id","committeeId","meetingId","date","title","kind","affectedOrganisationIds"],"properties":{"id":{"type":"string","minLength":1,"description":"An id, unique within its list."},"committeeId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"meetingId":{"type":"string","minLength":1,"description":"An id, unique within its list."},"date":{"type":"string","description":"A real calendar day, YYYY-MM-DD.","pattern":"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},"title":{"type":"string","minLength":1},"kind":{"enum":["contract-award","contract-variation","procurement","local-incentive-scheme","investment","other"]},"valueGBP":{"type":["number","null"],"minimum":0},"affectedOrganisationIds":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Ids, each listed once."},"affectsAllPracticesOf":{"type":["string","null"],"minLength":1}}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.items.required,parentSchema:schema16.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.committeeId === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "committeeId"},message:"must have required property '"+"committeeId"+"'",schema:schema16.items.required,parentSchema:schema16.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.meetingId === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "meetingId"},message:"must have required property '"+"meetingId"+"'",schema:schema16.items.required,parentSchema:schema16.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.date === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema16.items.required,parentSchema:schema16.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.title === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema16.items.required,parentSchema:schema16.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.kind === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema16.items.required,parentSchema:schema16.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.affectedOrganisationIds === undefined){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "affectedOrganisationIds"},message:"must have required property '"+"affectedOrganisationIds"+"'",schema:schema16.items.required,parentSchema:schema16.items,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.items.properties.id,data:data1};
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
const err8 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.properties.id.type,parentSchema:schema16.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.committeeId !== undefined){
let data2 = data0.committeeId;
if(typeof data2 === "string"){
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/" + i0+"/committeeId",schemaPath:"#/items/properties/committeeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.items.properties.committeeId,data:data2};
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
const err10 = {instancePath:instancePath+"/" + i0+"/committeeId",schemaPath:"#/items/properties/committeeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.properties.committeeId.type,parentSchema:schema16.items.properties.committeeId,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.meetingId !== undefined){
let data3 = data0.meetingId;
if(typeof data3 === "string"){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/" + i0+"/meetingId",schemaPath:"#/items/properties/meetingId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.items.properties.meetingId,data:data3};
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
const err12 = {instancePath:instancePath+"/" + i0+"/meetingId",schemaPath:"#/items/properties/meetingId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.properties.meetingId.type,parentSchema:schema16.items.properties.meetingId,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.date !== undefined){
let data4 = data0.date;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/" + i0+"/date",schemaPath:"#/items/properties/date/pattern",keyword:"pattern",params:{pattern: "^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"},message:"must match pattern \""+"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"+"\"",schema:"^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",parentSchema:schema16.items.properties.date,data:data4};
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
const err14 = {instancePath:instancePath+"/" + i0+"/date",schemaPath:"#/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.properties.date.type,parentSchema:schema16.items.properties.date,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.title !== undefined){
let data5 = data0.title;
if(typeof data5 === "string"){
if(data5.length < 1){
const err15 = {instancePath:instancePath+"/" + i0+"/title",schemaPath:"#/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.items.properties.title,data:data5};
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
const err16 = {instancePath:instancePath+"/" + i0+"/title",schemaPath:"#/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.properties.title.type,parentSchema:schema16.items.properties.title,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.kind !== undefined){
let data6 = data0.kind;
if(!((((((data6 === "contract-award") || (data6 === "contract-variation")) || (data6 === "procurement")) || (data6 === "local-incentive-scheme")) || (data6 === "investment")) || (data6 === "other"))){
const err17 = {instancePath:instancePath+"/" + i0+"/kind",schemaPath:"#/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema16.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema16.items.properties.kind.enum,parentSchema:schema16.items.properties.kind,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.valueGBP !== undefined){
let data7 = data0.valueGBP;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err18 = {instancePath:instancePath+"/" + i0+"/valueGBP",schemaPath:"#/items/properties/valueGBP/type",keyword:"type",params:{type: schema16.items.properties.valueGBP.type},message:"must be number,null",schema:schema16.items.properties.valueGBP.type,parentSchema:schema16.items.properties.valueGBP,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/" + i0+"/valueGBP",schemaPath:"#/items/properties/valueGBP/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema16.items.properties.valueGBP,data:data7};
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
if(data0.affectedOrganisationIds !== undefined){
let data8 = data0.affectedOrganisationIds;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(data9.length < 1){
const err20 = {instancePath:instancePath+"/" + i0+"/affectedOrganisationIds/" + i1,schemaPath:"#/items/properties/affectedOrganisationIds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.items.properties.affectedOrganisationIds.items,data:data9};
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
const err21 = {instancePath:instancePath+"/" + i0+"/affectedOrganisationIds/" + i1,schemaPath:"#/items/properties/affectedOrganisationIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.properties.affectedOrganisationIds.items.type,parentSchema:schema16.items.properties.affectedOrganisationIds.items,data:data9};
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
const err22 = {instancePath:instancePath+"/" + i0+"/affectedOrganisationIds",schemaPath:"#/items/properties/affectedOrganisationIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.items.properties.affectedOrganisationIds.type,parentSchema:schema16.items.properties.affectedOrganisationIds,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data0.affectsAllPracticesOf !== undefined){
let data10 = data0.affectsAllPracticesOf;
if((typeof data10 !== "string") && (data10 !== null)){
const err23 = {instancePath:instancePath+"/" + i0+"/affectsAllPracticesOf",schemaPath:"#/items/properties/affectsAllPracticesOf/type",keyword:"type",params:{type: schema16.items.properties.affectsAllPracticesOf.type},message:"must be string,null",schema:schema16.items.properties.affectsAllPracticesOf.type,parentSchema:schema16.items.properties.affectsAllPracticesOf,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data10 === "string"){
if(data10.length < 1){
const err24 = {instancePath:instancePath+"/" + i0+"/affectsAllPracticesOf",schemaPath:"#/items/properties/affectsAllPracticesOf/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.items.properties.affectsAllPracticesOf,data:data10};
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
const err25 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.items.type,parentSchema:schema16.items,data:data0};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:coi-register:snapshot:1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.snapshotVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshotVersion"},message:"must have required property '"+"snapshotVersion"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organisations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisations"},message:"must have required property '"+"organisations"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.people === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "people"},message:"must have required property '"+"people"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.committees === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "committees"},message:"must have required property '"+"committees"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.declarations === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "declarations"},message:"must have required property '"+"declarations"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.confirmations === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirmations"},message:"must have required property '"+"confirmations"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.giftsAndHospitality === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "giftsAndHospitality"},message:"must have required property '"+"giftsAndHospitality"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.meetings === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetings"},message:"must have required property '"+"meetings"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.decisions === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decisions"},message:"must have required property '"+"decisions"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.snapshotVersion !== undefined){
if(!(validate22(data.snapshotVersion, {instancePath:instancePath+"/snapshotVersion",parentData:data,parentDataProperty:"snapshotVersion",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.asAt !== undefined){
if(!(validate24(data.asAt, {instancePath:instancePath+"/asAt",parentData:data,parentDataProperty:"asAt",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.organisations !== undefined){
if(!(validate26(data.organisations, {instancePath:instancePath+"/organisations",parentData:data,parentDataProperty:"organisations",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.people !== undefined){
if(!(validate28(data.people, {instancePath:instancePath+"/people",parentData:data,parentDataProperty:"people",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.committees !== undefined){
if(!(validate30(data.committees, {instancePath:instancePath+"/committees",parentData:data,parentDataProperty:"committees",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.declarations !== undefined){
if(!(validate32(data.declarations, {instancePath:instancePath+"/declarations",parentData:data,parentDataProperty:"declarations",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.confirmations !== undefined){
if(!(validate34(data.confirmations, {instancePath:instancePath+"/confirmations",parentData:data,parentDataProperty:"confirmations",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.giftsAndHospitality !== undefined){
if(!(validate36(data.giftsAndHospitality, {instancePath:instancePath+"/giftsAndHospitality",parentData:data,parentDataProperty:"giftsAndHospitality",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.meetings !== undefined){
if(!(validate38(data.meetings, {instancePath:instancePath+"/meetings",parentData:data,parentDataProperty:"meetings",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.decisions !== undefined){
if(!(validate40(data.decisions, {instancePath:instancePath+"/decisions",parentData:data,parentDataProperty:"decisions",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
