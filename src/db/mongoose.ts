import mongoose from 'mongoose';

// Every model imports mongoose from here, so these settings are in force before any model compiles.
// Fail fast instead of queueing queries while the database is away: the request gets a 503 at once.
mongoose.set('bufferCommands', false);
mongoose.set('strictQuery', true);
// Capturing a stack trace for every query costs more than the rare error it would explain.
mongoose.set('skipOriginalStackTraces', true);
// Collections and indexes are created once connected (connectDatabase), not as each model compiles.
mongoose.set('autoCreate', false);
mongoose.set('autoIndex', false);

export const { Schema, model } = mongoose;
export default mongoose;
